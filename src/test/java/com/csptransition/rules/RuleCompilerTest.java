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

/** An analyst's broken DRL is reported as file:line and never replaces the rules that serve. */
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

    @TempDir
    Path rules;

    RulesEngine engine;

    @BeforeEach
    void loadGoodRules() throws IOException {
        Files.writeString(rules.resolve("good.drl"), GOOD);
        engine = new RulesEngine(new RulesProperties(rules, false));
    }

    @Test
    void evaluationReturnsReasonsWithTheRuleThatGaveThem() {
        Evaluation evaluation = engine.evaluate(List.of("abcd", "ab"));

        assertThat(evaluation.reasons()).containsExactly(new IneligibilityReason("abcd", "TOO_LONG", "abcd is too long",
                "Strings longer than three letters are refused"));
        assertThat(evaluation.rulesFired()).containsExactly("Strings longer than three letters are refused");
        assertThat(evaluation.rulesVersion()).isEqualTo(engine.current().version());
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

        assertThatThrownBy(engine::reload).isInstanceOfSatisfying(RuleCompilationException.class, e -> {
            assertThat(e.getErrors()).isNotEmpty().allSatisfy(error -> {
                assertThat(error.file()).isEqualTo("broken.drl");
                assertThat(error.line()).isEqualTo(5);
            });
            assertThat(e.getErrors()).noneMatch(error -> error.message().contains("Parser returned a null Package"));
            assertThat(e.getMessage()).contains("broken.drl:5:");
        });
        assertThat(engine.current()).isSameAs(before);
        assertThat(engine.evaluate(List.of("abcd")).reasons()).hasSize(1);
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

        assertThatThrownBy(engine::reload).isInstanceOfSatisfying(RuleCompilationException.class,
                e -> assertThat(e.getErrors()).extracting(RuleError::file).containsOnly("typo.drl"));
    }

    @Test
    void aReloadOfChangedFilesGivesANewVersionAndTheSameFilesTheSameVersion() throws IOException {
        String first = engine.current().version();
        assertThat(engine.reload().version()).isEqualTo(first);

        Files.writeString(rules.resolve("good.drl"), GOOD.replace("length > 3", "length > 5"));
        RuleSet changed = engine.reload();

        assertThat(changed.version()).isNotEqualTo(first);
        assertThat(engine.evaluate(List.of("abcd")).reasons()).isEmpty();
        assertThat(changed.files()).containsExactly("good.drl");
        assertThat(changed.ruleNames()).containsExactly("Strings longer than three letters are refused");
    }

    @Test
    void aFolderWithoutRulesIsRefused() throws IOException {
        Files.delete(rules.resolve("good.drl"));

        assertThatThrownBy(engine::reload).isInstanceOf(RuleCompilationException.class).hasMessageContaining("no .drl");
    }
}
