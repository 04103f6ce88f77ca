package com.csptransition.rules;

import java.util.List;

/**
 * What one run of a concern's rules concluded: the facts they saw, the reasons they gave, which rules fired and
 * which rules version ran.
 */
public record Evaluation(String concern, List<Object> facts, List<IneligibilityReason> reasons,
        List<String> rulesFired, String rulesVersion) {
}
