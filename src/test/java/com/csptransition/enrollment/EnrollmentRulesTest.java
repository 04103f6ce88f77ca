package com.csptransition.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.identity.Role;
import com.csptransition.partner.Program;
import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.RulesEngine;
import com.csptransition.rules.RulesProperties;
import java.nio.file.Path;
import java.time.LocalDate;
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

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("a direct bill partner with a current profile, an October anniversary, its global admin",
                        DIRECT, true, "1234567", OCTOBER, Role.GLOBAL_ADMIN, List.of()),
                Arguments.of("make sure your partner profile is current", DIRECT, false, "1234567", OCTOBER,
                        Role.GLOBAL_ADMIN, List.of("PROFILE_NOT_CURRENT")),
                Arguments.of("make sure your MPN ID is current", DIRECT, true, " ", OCTOBER, Role.GLOBAL_ADMIN,
                        List.of("PROFILE_NOT_CURRENT")),
                Arguments.of("sign in as the global admin", DIRECT, true, "1234567", OCTOBER, Role.ADMIN_AGENT,
                        List.of("GLOBAL_ADMIN_REQUIRED")),
                Arguments.of("initially only September to December anniversary dates", DIRECT, true, "1234567",
                        LocalDate.of(2018, 3, 1), Role.GLOBAL_ADMIN, List.of("OUTSIDE_TRANSITION_WINDOW")),
                Arguments.of("December is in the window", DIRECT, true, "1234567", LocalDate.of(2017, 12, 31),
                        Role.GLOBAL_ADMIN, List.of()),
                Arguments.of("no rollback, no second enrollment", EnumSet.of(Program.DIRECT_BILL, Program.INDIRECT_RESELLER),
                        true, "1234567", OCTOBER, Role.GLOBAL_ADMIN, List.of("ALREADY_INDIRECT_RESELLER")),
                Arguments.of("the transition is for direct bill partners", EnumSet.of(Program.INDIRECT_PROVIDER), true,
                        "1234567", OCTOBER, Role.GLOBAL_ADMIN, List.of("NOT_A_DIRECT_BILL_PARTNER")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decides(String row, Set<Program> programs, boolean profileCurrent, String mpnId, LocalDate anniversary,
            Role role, List<String> codes) {
        List<IneligibilityReason> reasons = engine.evaluate(List.of(
                new EnrollingPartner("contoso", "Contoso", mpnId, profileCurrent, anniversary, programs),
                new EnrollingUser("someone", Set.of(role)))).reasons();

        assertThat(reasons).extracting(IneligibilityReason::code).containsExactlyElementsOf(codes);
        assertThat(reasons).allSatisfy(r -> assertThat(r.rule()).isNotBlank());
    }
}
