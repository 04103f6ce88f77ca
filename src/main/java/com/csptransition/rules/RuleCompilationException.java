package com.csptransition.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rule files do not compile; the rules that were serving keep serving. */
public class RuleCompilationException extends RuntimeException {

    private final transient List<RuleError> errors;

    public RuleCompilationException(List<RuleError> errors) {
        super("Rules do not compile:\n" + errors.stream().map(RuleError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<RuleError> getErrors() {
        return errors;
    }
}
