package com.csptransition.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.partner.Program;
import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.RulesEngine;
import com.csptransition.rules.RulesProperties;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The wording of rules/enrollment.drl's transition window: a partner outside it is told the window and that it will
 * be notified. Who may enroll, step by step ("Get started"), is rows of rules/scenarios/enrollment.md.
 */
class EnrollmentRulesTest {

    static RulesEngine engine;

    @BeforeAll
    static void compileRules() {
        engine = new RulesEngine(new RulesProperties(Path.of("rules"), false));
    }

    @Test
    void aLaterAnniversaryIsToldTheWindowAndThatItWillBeNotified() {
        List<IneligibilityReason> reasons = engine.evaluate("enrollment", List.of(
                new EnrollingPartner("contoso", "Contoso", "1234567", "mpn@contoso.example", true,
                        LocalDate.of(2019, 10, 1), EnumSet.of(Program.DIRECT_BILL), null))).reasons();

        assertThat(reasons).extracting(IneligibilityReason::message).containsExactly("The transition capability is not"
                + " available yet for Contoso's anniversary date (2019-10-01): it is open for anniversary dates in"
                + " September, October, November, December up to December 2018. Contoso will be notified once it is"
                + " enabled for its anniversary date.");
    }
}
