package com.csptransition.decision;

import com.csptransition.identity.Caller;
import com.csptransition.rules.Evaluation;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Stores every decision the rules make, and finds them again by subject. */
@Service
public class DecisionLog {

    private final DecisionRepository decisions;
    private final RolledBackDecisions rolledBack;
    private final DecisionFacts facts;
    private final Clock clock;
    private final MeterRegistry meters;

    public DecisionLog(DecisionRepository decisions, RolledBackDecisions rolledBack, DecisionFacts facts, Clock clock,
            MeterRegistry meters) {
        this.decisions = decisions;
        this.meters = meters;
        this.facts = facts;
        this.rolledBack = rolledBack;
        this.clock = clock;
    }

    /**
     * Records the decision in the action's transaction. A refusal rolls that transaction back; the decision is then
     * kept by {@link RolledBackDecisions} once the request has let go of its connection (a second connection
     * while holding the first would starve the pool under load).
     */
    @Transactional
    public DecisionRecord record(String kind, Caller caller, Collection<String> subjects, String outcome,
            Evaluation evaluation) {
        Supplier<DecisionRecord> decision = decision(kind, caller, subjects, outcome, evaluation);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    rolledBack.keep(decision);
                }
            }
        });
        return decisions.save(decision.get());
    }

    /**
     * Keeps a refusal the caller is about to be answered with, after its request: the refusal rolls the request's
     * transaction back, so nothing is written in it (which may be read-only).
     */
    public void recordRefusal(String kind, Caller caller, Collection<String> subjects, Evaluation evaluation) {
        rolledBack.keep(decision(kind, caller, subjects, "REFUSED", evaluation));
    }

    private Supplier<DecisionRecord> decision(String kind, Caller caller, Collection<String> subjects, String outcome,
            Evaluation evaluation) {
        List<DecisionReason> reasons = evaluation.reasons().stream()
                .map(r -> new DecisionReason(r.subjectId(), r.code(), r.message(), r.rule())).toList();
        // counted when made, kept or rolled back (kinds and outcomes are the service's own few names)
        meters.counter("csp.decisions", "kind", kind, "outcome", outcome).increment();
        Instant now = Instant.now(clock);
        byte[] seen = facts.write(evaluation.facts());
        return () -> new DecisionRecord(kind, caller.organisationId(), caller.userId(), outcome,
                evaluation.rulesVersion(), now, new LinkedHashSet<>(subjects), reasons, evaluation.rulesFired(),
                evaluation.concern(), seen);
    }

    /** Decisions about the subject; a caller of an organisation sees only those its organisation asked for. */
    @Transactional(readOnly = true)
    public List<DecisionView> about(String subject, Caller caller) {
        String organisation = caller.administrator() ? null : caller.requireOrganisation();
        return decisions.findBySubject(subject, organisation).stream().map(DecisionView::of).toList();
    }

    /** The reason messages of the latest decision of this kind about the subject (none: empty). */
    @Transactional(readOnly = true)
    public List<String> latestMessages(String kind, String subject) {
        return decisions.findLatest(kind, subject, Limit.of(1)).stream().findFirst()
                .map(d -> d.getReasons().stream().map(DecisionReason::message).toList()).orElse(List.of());
    }
}
