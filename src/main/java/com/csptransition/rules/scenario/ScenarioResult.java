package com.csptransition.rules.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One row of a scenario file run, or a problem of the file (case null) that kept its rows from running.
 *
 * @param file e.g. scenarios/transfer-eligibility.md, relative to the rules folder
 * @param expected the reasons the row expects, as written ({@code CODE on subject; ...})
 * @param actual the reasons the rules gave, in the same form
 * @param message why it failed (null: it passed)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScenarioResult(String file, int line, @JsonProperty("case") String scenario, boolean passed,
        String expected, String actual, List<String> rulesFired, String message) {

    static ScenarioResult problem(String file, ScenarioProblem problem) {
        return new ScenarioResult(file, problem.line(), null, false, null, null, null, problem.getMessage());
    }

    /** file:line, as an editor opens it. */
    public String location() {
        return file + ":" + line;
    }

    /** The whole story of a failure in one text: where, which case, expected, actual, the rules that fired. */
    public String describe() {
        StringBuilder text = new StringBuilder(location());
        if (scenario != null) {
            text.append(" \"").append(scenario).append('"');
        }
        if (message != null) {
            text.append(": ").append(message);
        }
        if (actual != null) {
            text.append("\n  expected: ").append(expected).append("\n  actual:   ").append(actual)
                    .append("\n  rules fired: ").append(rulesFired);
        }
        return text.toString();
    }
}
