package com.csptransition.decision;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A stored decision as the audit endpoint shows it. */
public record DecisionView(Long id, String kind, Set<String> subjects, String caller, String organisation,
        String outcome, List<DecisionReason> reasons, List<String> rulesFired, String rulesVersion,
        Instant decidedAt) {

    static DecisionView of(DecisionRecord d) {
        return new DecisionView(d.getId(), d.getKind(), Set.copyOf(d.getSubjects()), d.getCaller(),
                d.getOrganisation(), d.getOutcome(), List.copyOf(d.getReasons()), List.copyOf(d.getRulesFired()),
                d.getRulesVersion(), d.getDecidedAt());
    }
}
