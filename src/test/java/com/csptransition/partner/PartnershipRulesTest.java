package com.csptransition.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.RulesEngine;
import com.csptransition.rules.RulesProperties;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** rules/partnership.drl: who may invite whom. */
class PartnershipRulesTest {

    static RulesEngine engine;

    @BeforeAll
    static void compileRules() {
        engine = new RulesEngine(new RulesProperties(Path.of("rules"), false));
    }

    static Stream<Arguments> rows() {
        Set<Program> provider = EnumSet.of(Program.INDIRECT_PROVIDER);
        Set<Program> enrolled = EnumSet.of(Program.DIRECT_BILL, Program.INDIRECT_RESELLER);
        return Stream.of(
                Arguments.of("an indirect provider invites an enrolled reseller", provider, enrolled, null, List.of()),
                Arguments.of("only indirect providers invite", EnumSet.of(Program.DIRECT_BILL), enrolled, null,
                        List.of("INVITER_NOT_INDIRECT_PROVIDER")),
                Arguments.of("the reseller must have enrolled first", provider, EnumSet.of(Program.DIRECT_BILL), null,
                        List.of("RESELLER_NOT_ENROLLED")),
                Arguments.of("an open invitation is not sent twice", provider, enrolled, PartnershipState.INVITED,
                        List.of("PARTNERSHIP_EXISTS")),
                Arguments.of("partners are not invited again", provider, enrolled, PartnershipState.ACCEPTED,
                        List.of("PARTNERSHIP_EXISTS")),
                Arguments.of("a declined invitation may be sent again", provider, enrolled, PartnershipState.DECLINED, List.of()),
                Arguments.of("an expired invitation may be sent again", provider, enrolled, PartnershipState.EXPIRED, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decides(String row, Set<Program> inviter, Set<Program> invitee, PartnershipState existing, List<String> codes) {
        List<Object> facts = new ArrayList<>(List.of(new InvitingProvider("p", "Northwind", inviter),
                new InvitedReseller("r", "Contoso", invitee)));
        if (existing != null) {
            facts.add(new ExistingPartnership("x", existing));
        }

        List<IneligibilityReason> reasons = engine.evaluate("partnership", facts).reasons();

        assertThat(reasons).extracting(IneligibilityReason::code).containsExactlyElementsOf(codes);
    }
}
