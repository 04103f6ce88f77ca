package com.csptransition.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.partner.PrerequisiteFacts.ChosenProvider;
import com.csptransition.partner.PrerequisiteFacts.TransitioningReseller;
import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.RulesEngine;
import com.csptransition.rules.RulesProperties;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * rules/reseller-prerequisites.drl: each shared pre-requisite is one rule, answering every concern that lists the
 * file, under the subject that concern reports on.
 */
class ResellerPrerequisitesRulesTest {

    static final Set<Program> TRANSITIONED = EnumSet.of(Program.DIRECT_BILL, Program.INDIRECT_RESELLER);

    static RulesEngine engine;

    @BeforeAll
    static void compileRules() {
        engine = new RulesEngine(new RulesProperties(Path.of("rules"), false));
    }

    static Stream<Arguments> rows() {
        TransitioningReseller directOnly = new TransitioningReseller("subject", "Fabrikam", EnumSet.of(Program.DIRECT_BILL));
        TransitioningReseller resellerOnly = new TransitioningReseller("subject", "Fabrikam", EnumSet.of(Program.INDIRECT_RESELLER));
        TransitioningReseller enrolled = new TransitioningReseller("subject", "Contoso", TRANSITIONED);
        ChosenProvider declined = new ChosenProvider("subject", "Adatum", PartnershipState.DECLINED);
        ChosenProvider none = new ChosenProvider("subject", "Adatum", null);
        ChosenProvider accepted = new ChosenProvider("subject", "Northwind", PartnershipState.ACCEPTED);
        Stream<Arguments> enrollment = Stream.of("transfer-eligibility", "relationship-extension").flatMap(concern -> Stream.of(
                Arguments.of(concern, "not enrolled as indirect reseller", directOnly, "PARTNER_NOT_ENROLLED_AS_INDIRECT_RESELLER"),
                Arguments.of(concern, "enrolled, but not on a direct bill tenant", resellerOnly,
                        "PARTNER_NOT_ENROLLED_AS_INDIRECT_RESELLER"),
                Arguments.of(concern, "enrolled on the direct bill tenant", enrolled, null)));
        Stream<Arguments> partnership = Stream.of("relationship-extension", "reseller-invitation").flatMap(concern -> Stream.of(
                Arguments.of(concern, "the partnership invitation was declined", declined, "PARTNERSHIP_NOT_ACCEPTED"),
                Arguments.of(concern, "no partnership invitation", none, "PARTNERSHIP_NOT_ACCEPTED"),
                Arguments.of(concern, "an accepted partnership", accepted, null)));
        return Stream.concat(enrollment, partnership);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rows")
    void oneRuleAnswersEveryConcern(String concern, String row, Object fact, String code) {
        List<IneligibilityReason> reasons = engine.evaluate(concern, List.of(fact)).reasons();

        assertThat(reasons).extracting(IneligibilityReason::code)
                .containsExactlyElementsOf(code == null ? List.of() : List.of(code));
        assertThat(reasons).allSatisfy(r -> {
            assertThat(r.subjectId()).isEqualTo("subject");
            assertThat(r.rule()).isEqualTo(code.startsWith("PARTNER_NOT")
                    ? "Only available to direct bill partners who completed the indirect reseller enrollment on their direct bill tenant"
                    : "You can only select an indirect provider for which you have accepted a partner invitation");
        });
    }
}
