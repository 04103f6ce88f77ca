package com.csptransition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst's broken DRL is reported as file:line and never replaces the rules that serve; each concern fires its
 * own files only, and a reload compiles only the concerns whose files changed.
 */
class RuleCompilerTest {

    static final String GOOD = """
            package com.csptransition.test;
            import com.csptransition.rules.IneligibilityReason;
            rule "Strings longer than three letters are refused"
            when
                $s : String( length > 3 )
            then
                insert(new IneligibilityReason($s, "TOO_LONG", $s + " is too long"));
            end
            """;

    static final String SHORT = """
            package com.csptransition.test;
            import com.csptransition.rules.IneligibilityReason;
            rule "Strings of one letter are refused"
            when
                $s : String( length == 1 )
            then
                insert(new IneligibilityReason($s, "TOO_SHORT", $s + " is too short"));
            end
            """;

    @TempDir
    Path rules;

    RulesEngine engine;

    @BeforeEach
    void loadGoodRules() throws IOException {
        Files.writeString(rules.resolve("good.drl"), GOOD);
        Files.writeString(rules.resolve("short.drl"), SHORT);
        concerns("good: [good.drl]", "short: [short.drl]", "both: [good.drl, short.drl]");
        engine = new RulesEngine(new RulesProperties(rules, false));
    }

    void concerns(String... lines) throws IOException {
        Files.writeString(rules.resolve("concerns.yaml"), String.join("\n", lines) + "\n");
    }

    @Test
    void evaluationReturnsReasonsWithTheRuleThatGaveThem() {
        Evaluation evaluation = engine.evaluate("good", List.of("abcd", "ab"));

        assertThat(evaluation.reasons()).containsExactly(new IneligibilityReason("abcd", "TOO_LONG", "abcd is too long",
                "Strings longer than three letters are refused"));
        assertThat(evaluation.rulesFired()).containsExactly("Strings longer than three letters are refused");
        assertThat(evaluation.rulesVersion()).isEqualTo(engine.current().version());
        assertThat(evaluation.concern()).isEqualTo("good");
        assertThat(evaluation.facts()).containsExactly("abcd", "ab");
    }

    @Test
    void aConcernFiresOnlyTheRulesOfItsFiles() {
        List<String> facts = List.of("abcd", "a");

        assertThat(engine.evaluate("good", facts).reasons()).extracting(IneligibilityReason::code).containsExactly("TOO_LONG");
        assertThat(engine.evaluate("short", facts).reasons()).extracting(IneligibilityReason::code).containsExactly("TOO_SHORT");
        assertThat(engine.evaluate("both", facts).reasons()).extracting(IneligibilityReason::code)
                .containsExactly("TOO_SHORT", "TOO_LONG");
        assertThatThrownBy(() -> engine.evaluate("nothing", facts)).hasMessageContaining("No concern 'nothing'");
    }

    @Test
    void aReloadCompilesOnlyTheConcernsWhoseFilesChanged() throws IOException {
        RuleSet before = engine.current();
        Files.writeString(rules.resolve("short.drl"), SHORT.replace("length == 1", "length == 2"));

        RuleSet after = engine.reload("analyst");

        assertThat(after.concerns().get("good")).isSameAs(before.concerns().get("good"));
        assertThat(after.concerns().get("short")).isNotSameAs(before.concerns().get("short"));
        assertThat(after.concerns().get("both")).isNotSameAs(before.concerns().get("both"));
        assertThat(after.loadedBy()).isEqualTo("analyst");
        assertThat(engine.evaluate("both", List.of("ab")).reasons()).extracting(IneligibilityReason::code)
                .containsExactly("TOO_SHORT");
    }

    @Test
    void aBrokenFileIsReportedAsFileAndLineAndTheOldRulesKeepServing() throws IOException {
        RuleSet before = engine.current();
        Files.writeString(rules.resolve("broken.drl"), """
                package com.csptransition.test;

                rule "Half written"
                when
                    $s : String( length > )
                then
                end
                """);
        concerns("good: [good.drl]", "short: [short.drl]", "both: [good.drl, short.drl, broken.drl]");

        assertThatThrownBy(() -> engine.reload("test")).isInstanceOfSatisfying(RuleCompilationException.class, e -> {
            assertThat(e.getErrors()).isNotEmpty().allSatisfy(error -> {
                assertThat(error.file()).isEqualTo("broken.drl");
                assertThat(error.line()).isEqualTo(5);
            });
            assertThat(e.getErrors()).noneMatch(error -> error.message().contains("Parser returned a null Package"));
            assertThat(e.getMessage()).contains("broken.drl:5:");
        });
        assertThat(engine.current()).isSameAs(before);
        assertThat(engine.evaluate("good", List.of("abcd")).reasons()).hasSize(1);
    }

    @Test
    void aBrokenFileReportsItsOwnErrorsNotTheFollowOnErrorsOfUntouchedFiles() throws IOException {
        // short.drl uses a type good.drl declares: breaking good.drl also breaks short.drl, which nobody touched
        Files.writeString(rules.resolve("good.drl"), GOOD + "\ndeclare Limit\n    length : int\nend\n");
        Files.writeString(rules.resolve("short.drl"), SHORT.replace("$s : String( length == 1 )",
                "Limit( $l : length )\n    $s : String( length == $l )"));
        concerns("good: [good.drl]", "short: [good.drl, short.drl]");
        engine.reload("test");

        Files.writeString(rules.resolve("good.drl"), GOOD.replace("length > 3", "length >") + "\ndeclare Limit\n    length : int\nend\n");

        assertThatThrownBy(() -> engine.reload("test")).isInstanceOfSatisfying(RuleCompilationException.class,
                e -> assertThat(e.getErrors()).extracting(RuleError::file).containsOnly("good.drl"));
    }

    @Test
    void aTypeErrorNamesTheFileToo() throws IOException {
        Files.writeString(rules.resolve("typo.drl"), """
                package com.csptransition.test;
                rule "Unknown fact type"
                when
                    NoSuchFact( )
                then
                end
                """);
        concerns("good: [good.drl]", "short: [short.drl]", "typo: [typo.drl]");

        assertThatThrownBy(() -> engine.reload("test")).isInstanceOfSatisfying(RuleCompilationException.class,
                e -> assertThat(e.getErrors()).extracting(RuleError::file).containsOnly("typo.drl"));
    }

    @Test
    void concernsMustNameExistingFilesAndEveryFileMustServeAConcern() throws IOException {
        Files.writeString(rules.resolve("orphan.drl"), SHORT.replace("Strings of one letter", "Orphan"));
        concerns("good: [good.drl]", "short:", "  - short.drl", "  - missing.drl");

        assertThatThrownBy(() -> engine.reload("test")).isInstanceOfSatisfying(RuleCompilationException.class,
                e -> assertThat(e.getErrors()).extracting(RuleError::toString).containsExactlyInAnyOrder(
                        "concerns.yaml:4: concern 'short' lists missing.drl, which is not a .drl file of the rules folder",
                        "orphan.drl:1: not listed under any concern in concerns.yaml: its rules would never run"));
    }

    @Test
    void aReloadOfChangedFilesGivesANewVersionAndTheSameFilesTheSameVersion() throws IOException {
        String first = engine.current().version();
        assertThat(engine.reload("test").version()).isEqualTo(first);

        Files.writeString(rules.resolve("good.drl"), GOOD.replace("length > 3", "length > 5"));
        RuleSet changed = engine.reload("test");

        assertThat(changed.version()).isNotEqualTo(first);
        assertThat(engine.evaluate("good", List.of("abcd")).reasons()).isEmpty();
        assertThat(changed.files()).containsExactly("concerns.yaml", "good.drl", "short.drl");
        assertThat(changed.ruleNames()).containsExactly("Strings longer than three letters are refused",
                "Strings of one letter are refused");
    }

    @Test
    void aFolderWithoutRulesIsRefused() throws IOException {
        Files.delete(rules.resolve("good.drl"));
        Files.delete(rules.resolve("short.drl"));

        assertThatThrownBy(() -> engine.reload("test")).isInstanceOf(RuleCompilationException.class).hasMessageContaining("no .drl");
    }
}
