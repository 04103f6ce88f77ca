package com.csptransition.customer.capability;

import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.partner.Program;
import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.RulesEngine;
import com.csptransition.rules.RulesProperties;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wording of direct-bill-requirements.drl's notice: before the requirement applies a partner below it is told
 * its capabilities will be restricted, from then on that they are. Which capabilities a partner may use, and who is
 * informed, are rows of rules/scenarios/customer-capabilities.md and direct-bill-requirements.md.
 */
class CustomerCapabilityRulesTest {

    static RulesEngine engine;

    @BeforeAll
    static void compileRules() {
        engine = new RulesEngine(new RulesProperties(Path.of("rules"), false));
    }

    static Stream<Arguments> notices() {
        return Stream.of(
                Arguments.of("below the requirement before it applies: will be restricted", LocalDate.of(2020, 11, 1),
                        "below the USD 300000 the direct bill partner program requires from 2021-01-01: your direct"
                                + " bill capabilities will then be restricted."),
                Arguments.of("the day the requirement applies: restricted", LocalDate.of(2021, 1, 1),
                        "below the USD 300000 the direct bill partner program requires since 2021-01-01: your direct"
                                + " bill capabilities are restricted."),
                Arguments.of("after it applies: restricted", LocalDate.of(2026, 11, 24),
                        "below the USD 300000 the direct bill partner program requires since 2021-01-01: your direct"
                                + " bill capabilities are restricted."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notices")
    void informsDirectBillPartnersBelowTheRequirement(String statement, LocalDate today, String says) {
        List<IneligibilityReason> reasons = engine.evaluate("direct-bill-requirements", List.of(
                new CapabilityFacts.ActingPartner("fabrikam", "Fabrikam", EnumSet.of(Program.DIRECT_BILL),
                        new BigDecimal("1000"), today),
                new CapabilityFacts.RequirementCheck())).reasons();

        assertThat(reasons).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("BELOW_DIRECT_BILL_REQUIREMENT");
            assertThat(r.message()).startsWith("Fabrikam transacted USD 1000 in Cloud Solution Provider revenue over"
                    + " the previous 12 months, " + says);
        });
    }
}
