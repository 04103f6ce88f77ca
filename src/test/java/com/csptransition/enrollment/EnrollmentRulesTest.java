package com.csptransition.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.partner.Program;
import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.RulesEngine;
import com.csptransition.rules.RulesProperties;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** rules/enrollment.drl: "Get started", step by step. */
class EnrollmentRulesTest {

    static final Set<Program> DIRECT = EnumSet.of(Program.DIRECT_BILL);
    static final LocalDate OCTOBER = LocalDate.of(2018, 10, 15);

    static RulesEngine engine;

    @BeforeAll
    static void compileRules() {
        engine = new RulesEngine(new RulesProperties(Path.of("rules"), false));
    }

    static final String EMAIL = "mpn@contoso.example";
    static final EnrollmentForm SAME_AS_PROFILE = new EnrollmentForm("contoso", "Contoso", "1234567", "ann@contoso.example");

    static Stream<Arguments> rows() {
        return Stream.of(
                row("a direct bill partner with a current profile, an October anniversary",
                        DIRECT, true, "1234567", OCTOBER, null, null),
                row("make sure your partner profile is current", DIRECT, false, "1234567", OCTOBER,
                        null, null, "PROFILE_NOT_CURRENT"),
                row("make sure your MPN ID is current", DIRECT, true, " ", OCTOBER, null, null,
                        "PROFILE_NOT_CURRENT"),
                row("initially only September to December anniversary dates", DIRECT, true, "1234567",
                        LocalDate.of(2018, 3, 1), null, null, "OUTSIDE_TRANSITION_WINDOW"),
                row("December is in the window", DIRECT, true, "1234567", LocalDate.of(2017, 12, 31),
                        null, null),
                row("the last anniversary month of the window, December 2018", DIRECT, true, "1234567",
                        LocalDate.of(2018, 12, 31), null, null),
                row("anniversary dates after December 2018 will be notified later", DIRECT, true, "1234567",
                        LocalDate.of(2019, 10, 1), null, null, "OUTSIDE_TRANSITION_WINDOW"),
                row("a month outside the window after December 2018: one reason", DIRECT, true, "1234567",
                        LocalDate.of(2019, 1, 1), null, null, "OUTSIDE_TRANSITION_WINDOW"),
                row("no anniversary date known", DIRECT, true, "1234567", null, null, null,
                        "OUTSIDE_TRANSITION_WINDOW"),
                row("no second enrollment", EnumSet.of(Program.DIRECT_BILL, Program.INDIRECT_RESELLER),
                        true, "1234567", OCTOBER, null, null, "ALREADY_INDIRECT_RESELLER"),
                row("an enrollment in review is not submitted twice", DIRECT, true, "1234567", OCTOBER,
                        EnrollmentState.IN_REVIEW, null, "ENROLLMENT_IN_PROGRESS"),
                row("a rejected enrollment may be submitted again", DIRECT, true, "1234567", OCTOBER,
                        EnrollmentState.REJECTED, null),
                row("the transition is for direct bill partners", EnumSet.of(Program.INDIRECT_PROVIDER), true,
                        "1234567", OCTOBER, null, null, "NOT_A_DIRECT_BILL_PARTNER"),
                row("approval is usually immediate", DIRECT, true, "1234567", OCTOBER, null,
                        SAME_AS_PROFILE),
                row("a form that differs from the profile is reviewed", DIRECT, true, "1234567", OCTOBER,
                        null, new EnrollmentForm("contoso", "Contoso", "7654321", "ann@contoso.example"),
                        "FORM_DIFFERS_FROM_PROFILE"),
                row("no option to roll back to a direct bill-only tenant",
                        EnumSet.of(Program.DIRECT_BILL, Program.INDIRECT_RESELLER), true, "1234567", OCTOBER,
                        EnrollmentState.COMPLETED, new RollbackRequest("contoso", "someone"),
                        "ALREADY_INDIRECT_RESELLER", "ENROLLMENT_CANNOT_BE_ROLLED_BACK"),
                row("not even while the enrollment is in review", DIRECT, true, "1234567", OCTOBER,
                        EnrollmentState.IN_REVIEW, new RollbackRequest("contoso", "someone"),
                        "ENROLLMENT_IN_PROGRESS", "ENROLLMENT_CANNOT_BE_ROLLED_BACK"),
                row("nothing enrolled, nothing to roll back", DIRECT, true, "1234567", OCTOBER,
                        null, new RollbackRequest("contoso", "someone")));
    }

    static Arguments row(String name, Set<Program> programs, boolean profileCurrent, String mpnId,
            LocalDate anniversary, EnrollmentState state, Object asked, String... codes) {
        return Arguments.of(name, programs, profileCurrent, mpnId, anniversary, state, asked, List.of(codes));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decides(String row, Set<Program> programs, boolean profileCurrent, String mpnId, LocalDate anniversary,
            EnrollmentState state, Object asked, List<String> codes) {
        List<Object> facts = new ArrayList<>(List.of(
                new EnrollingPartner("contoso", "Contoso", mpnId, EMAIL, profileCurrent, anniversary, programs, state)));
        if (asked != null) {
            facts.add(asked);
        }
        List<IneligibilityReason> reasons = engine.evaluate("enrollment", facts).reasons();

        assertThat(reasons).extracting(IneligibilityReason::code).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(reasons).allSatisfy(r -> assertThat(r.rule()).isNotBlank());
    }

    @org.junit.jupiter.api.Test
    void aLaterAnniversaryIsToldTheWindowAndThatItWillBeNotified() {
        List<IneligibilityReason> reasons = engine.evaluate("enrollment", List.of(
                new EnrollingPartner("contoso", "Contoso", "1234567", EMAIL, true, LocalDate.of(2019, 10, 1), DIRECT, null))).reasons();

        assertThat(reasons).extracting(IneligibilityReason::message).containsExactly("The transition capability is not"
                + " available yet for Contoso's anniversary date (2019-10-01): it is open for anniversary dates in"
                + " September, October, November, December up to December 2018. Contoso will be notified once it is"
                + " enabled for its anniversary date.");
    }

    @org.junit.jupiter.api.Test
    void theMpnAccountEmailIsPartOfACurrentProfile() {
        List<IneligibilityReason> reasons = engine.evaluate("enrollment", List.of(
                new EnrollingPartner("contoso", "Contoso", "1234567", null, true, OCTOBER, DIRECT, null))).reasons();

        assertThat(reasons).extracting(IneligibilityReason::code).containsExactly("PROFILE_NOT_CURRENT");
    }
}
