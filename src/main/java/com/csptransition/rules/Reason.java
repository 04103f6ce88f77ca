package com.csptransition.rules;

/** A reason as the API shows it: its stable code, the human message, and the rule that gave it. */
public record Reason(String code, String message, String rule) {

    public static Reason of(IneligibilityReason reason) {
        return new Reason(reason.code(), reason.message(), reason.rule());
    }
}
