package com.csptransition.rules.scenario;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The scenario files run against one rules version: how many rows ran, passed and failed, and each failure
 * (a row, or a file problem that kept its rows from running, which counts as one row). {@link #results()} has
 * every row, passed ones too; the JSON answer carries only the failures.
 *
 * @param concernsWithoutScenarios concerns of concerns.yaml that no scenario file tests
 */
public record ScenarioReport(String rulesVersion, @JsonIgnore List<ScenarioResult> results,
        List<String> concernsWithoutScenarios) {

    @JsonProperty
    public int rows() {
        return results.size();
    }

    @JsonProperty
    public long passed() {
        return results.stream().filter(ScenarioResult::passed).count();
    }

    @JsonProperty
    public long failed() {
        return rows() - passed();
    }

    @JsonProperty
    public List<ScenarioResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }
}
