package com.csptransition.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Serves the rules compiled from the rules folder. A reload swaps the KieBase only when the new files compile;
 * each evaluation runs in its own session.
 */
@Component
public class RulesEngine {

    private static final Logger log = LoggerFactory.getLogger(RulesEngine.class);

    private static final Comparator<IneligibilityReason> BY_SUBJECT_AND_CODE = (a, b) -> {
        int bySubject = Objects.compare(a.subjectId(), b.subjectId(), Comparator.nullsFirst(Comparator.naturalOrder()));
        if (bySubject != 0) {
            return bySubject;
        }
        int byCode = a.code().compareTo(b.code());
        return byCode != 0 ? byCode : a.message().compareTo(b.message());
    };

    private final RulesProperties properties;
    private final RuleCompiler compiler = new RuleCompiler();
    private final AtomicReference<RuleSet> current = new AtomicReference<>();

    public RulesEngine(RulesProperties properties) {
        this.properties = properties;
        reload();
    }

    /** Compiles the rules folder again; on errors throws and keeps the rules that were serving. */
    public synchronized RuleSet reload() {
        RuleSet next = compiler.compile(properties.directory());
        current.set(next);
        log.info("Rules version {} loaded from {}: {} rules in {}", next.version(),
                properties.directory().toAbsolutePath(), next.ruleNames().size(), next.files());
        return next;
    }

    public RuleSet current() {
        return current.get();
    }

    public Evaluation evaluate(Collection<?> facts) {
        RuleSet ruleSet = current.get();
        KieSession session = ruleSet.newSession();
        Listener listener = new Listener();
        session.addEventListener((RuleRuntimeEventListener) listener);
        session.addEventListener((AgendaEventListener) listener);
        try {
            facts.forEach(session::insert);
            session.fireAllRules();
            List<IneligibilityReason> reasons = new ArrayList<>(listener.reasons);
            reasons.sort(BY_SUBJECT_AND_CODE);
            return new Evaluation(reasons, List.copyOf(listener.fired), ruleSet.version());
        } finally {
            session.removeEventListener((RuleRuntimeEventListener) listener);
            session.removeEventListener((AgendaEventListener) listener);
            session.dispose(); // back to the pool, reset
        }
    }

    /** Collects the reasons as the rules insert them, with the rule that did, and which rules fired. */
    private static final class Listener extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

        final List<IneligibilityReason> reasons = new ArrayList<>();
        final Set<String> fired = new LinkedHashSet<>();

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getObject() instanceof IneligibilityReason reason) {
                reasons.add(reason.rule() != null || event.getRule() == null ? reason
                        : reason.attributedTo(event.getRule().getName()));
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            if (event.getOldObject() instanceof IneligibilityReason deleted) {
                // the collected copy shares the deleted reason's strings: identity finds exactly that one
                reasons.removeIf(r -> r.subjectId() == deleted.subjectId() && r.code() == deleted.code()
                        && r.message() == deleted.message());
            }
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            fired.add(event.getMatch().getRule().getName());
        }
    }
}
