package com.csptransition.rules;

import java.util.List;

/** What one run of the rules concluded: the reasons they gave, which rules fired, and which rules version ran. */
public record Evaluation(List<IneligibilityReason> reasons, List<String> rulesFired, String rulesVersion) {
}
