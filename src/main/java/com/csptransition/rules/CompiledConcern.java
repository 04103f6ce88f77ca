package com.csptransition.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * One concern's rules: a KieBase of its files only, so its decisions never fire another concern's rules, and
 * pooled sessions on it (a disposed session is reset and reused). {@code key} hashes its files' text: an unchanged
 * concern is not compiled again.
 */
public record CompiledConcern(String name, List<String> files, String key, KieBase kieBase, KieSessionsPool sessions,
        List<String> ruleNames) {

    /** Sessions kept for reuse: a new session allocates its node memories again. */
    private static final int SESSION_POOL_SIZE = Runtime.getRuntime().availableProcessors();

    static CompiledConcern of(String name, List<String> files, String key, KieBase kieBase) {
        List<String> rules = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            kiePackage.getRules().stream().map(Rule::getName).sorted().forEach(rules::add);
        }
        return new CompiledConcern(name, files, key, kieBase, kieBase.newKieSessionsPool(SESSION_POOL_SIZE),
                List.copyOf(rules));
    }

    /** Inserts the facts, fires every rule that matches, and collects the reasons with the rule that gave each. */
    Fired fire(Collection<?> facts) {
        KieSession session = sessions.newKieSession();
        Listener listener = new Listener();
        session.addEventListener((RuleRuntimeEventListener) listener);
        session.addEventListener((AgendaEventListener) listener);
        try {
            facts.forEach(session::insert);
            session.fireAllRules();
            return new Fired(listener.reasons, List.copyOf(listener.fired));
        } finally {
            session.removeEventListener((RuleRuntimeEventListener) listener);
            session.removeEventListener((AgendaEventListener) listener);
            session.dispose(); // back to the pool, reset
        }
    }

    record Fired(List<IneligibilityReason> reasons, List<String> rules) {
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
