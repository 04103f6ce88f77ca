package com.csptransition.processes;

import java.util.Collection;
import java.util.List;

/** A field of a task's Camunda Form that its user fills in, and what the form says a value must be. */
record FormInput(String key, String type, boolean required, Integer maxLength, List<String> values) {

    /** What is wrong with a submitted value, or null. */
    String problem(Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return required ? key + ": required." : null;
        }
        return switch (type) {
            case "checkbox" -> !(value instanceof Boolean ticked) ? key + ": expected true or false."
                    : required && !ticked ? key + ": must be ticked." : null;
            case "number" -> value instanceof Number ? null : key + ": expected a number.";
            case "radio", "select" -> value instanceof String choice && (values.isEmpty() || values.contains(choice))
                    ? null : key + ": expected one of " + values + ".";
            case "checklist", "taglist" -> value instanceof Collection<?> chosen
                    && (values.isEmpty() || values.containsAll(chosen)) ? null : key + ": expected a list of " + values + ".";
            default -> !(value instanceof String text) ? key + ": expected text."
                    : maxLength != null && text.length() > maxLength ? key + ": at most " + maxLength + " characters."
                    : null;
        };
    }
}
