package com.csptransition.rules;

/** One compile error of a rule file, located as file:line. */
public record RuleError(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
