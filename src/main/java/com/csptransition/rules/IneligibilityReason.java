package com.csptransition.rules;

/**
 * Why a rule refused something: a stable code, a human message, the subject it concerns and the rule
 * that said so. Rules insert it with three arguments; the engine fills in the rule name.
 */
public record IneligibilityReason(String subjectId, String code, String message, String rule) {

    public IneligibilityReason(String subjectId, String code, String message) {
        this(subjectId, code, message, null);
    }

    IneligibilityReason attributedTo(String ruleName) {
        return new IneligibilityReason(subjectId, code, message, ruleName);
    }
}
