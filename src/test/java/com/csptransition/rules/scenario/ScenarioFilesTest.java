package com.csptransition.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.csptransition.rules.RulesEngine;
import com.csptransition.rules.RulesProperties;
import java.net.URI;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of every rules/scenarios/*.md against rules/, one test per row named file:line case; and one failing
 * test per concern of concerns.yaml that has no scenario file.
 */
class ScenarioFilesTest {

    static final Path RULES = Path.of("rules");

    @TestFactory
    Stream<DynamicTest> everyRowOfEveryScenarioFile() {
        RulesProperties properties = new RulesProperties(RULES, false);
        ScenarioReport report = new ScenarioRunner(properties).run(new RulesEngine(properties).current());

        assertThat(report.rows()).as("rows in rules/scenarios").isPositive();
        Stream<DynamicTest> rows = report.results().stream().map(result -> dynamicTest(
                result.location() + (result.scenario() == null ? "" : " " + result.scenario()), source(result), () -> {
                    if (!result.passed()) {
                        fail(result.describe());
                    }
                }));
        Stream<DynamicTest> untested = report.concernsWithoutScenarios().stream().map(concern -> dynamicTest(
                "concerns.yaml: " + concern + " has no scenarios", () -> fail("concern '" + concern + "' of"
                        + " rules/concerns.yaml has no scenario file: write rules/" + ScenarioRunner.FOLDER + "/"
                        + concern + ".md")));
        return Stream.concat(untested, rows);
    }

    /** The row in the file, for an IDE to open. */
    private static URI source(ScenarioResult result) {
        return URI.create(RULES.resolve(result.file()).toAbsolutePath().toUri() + "?line=" + result.line());
    }
}
