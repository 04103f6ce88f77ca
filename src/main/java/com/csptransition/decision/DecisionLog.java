package com.csptransition.decision;

import com.csptransition.identity.Caller;
import com.csptransition.rules.Evaluation;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Stores every decision the rules make, and finds them again by subject. */
@Service
public class DecisionLog {

    private final DecisionRepository decisions;
    private final Clock clock;

    public DecisionLog(DecisionRepository decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    /** In a transaction of its own: a refusal rolls the action back, but its decision stays audited. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public DecisionRecord record(String kind, Caller caller, Collection<String> subjects, String outcome,
            Evaluation evaluation) {
        List<DecisionReason> reasons = evaluation.reasons().stream()
                .map(r -> new DecisionReason(r.subjectId(), r.code(), r.message(), r.rule())).toList();
        return decisions.save(new DecisionRecord(kind, caller.organisationId(), caller.userId(), outcome,
                evaluation.rulesVersion(), Instant.now(clock), new LinkedHashSet<>(subjects), reasons,
                evaluation.rulesFired()));
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
        return decisions.findBySubject(subject, null).stream().filter(d -> d.getKind().equals(kind)).findFirst()
                .map(d -> d.getReasons().stream().map(DecisionReason::message).toList()).orElse(List.of());
    }
}
