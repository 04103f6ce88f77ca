package com.csptransition.customer.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.customer.AcquisitionKind;
import com.csptransition.partner.PartnershipState;
import com.csptransition.partner.PrerequisiteFacts;
import com.csptransition.partner.Program;
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

/** rules/reseller-invitation.drl, one row per statement of the guide. */
class ResellerInvitationRulesTest {

    static final Set<Program> TRANSITIONED = EnumSet.of(Program.DIRECT_BILL, Program.INDIRECT_RESELLER);

    static RulesEngine engine;

    @BeforeAll
    static void compileRules() {
        engine = new RulesEngine(new RulesProperties(Path.of("rules"), false));
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("an enrolled reseller invites a new customer with an accepted provider",
                        TRANSITIONED, PartnershipState.ACCEPTED, null, List.of()),
                Arguments.of("indirect resellers invite with their provider", EnumSet.of(Program.DIRECT_BILL),
                        PartnershipState.ACCEPTED, null, List.of("NOT_AN_INDIRECT_RESELLER")),
                Arguments.of("only a provider whose partnership invitation you accepted", TRANSITIONED,
                        PartnershipState.DECLINED, null, List.of("PARTNERSHIP_NOT_ACCEPTED")),
                Arguments.of("no partnership at all", TRANSITIONED, null, null,
                        List.of("PARTNERSHIP_NOT_ACCEPTED")),
                Arguments.of("an existing customer the provider has no relationship with", TRANSITIONED,
                        PartnershipState.ACCEPTED, customer(false, false), List.of()),
                Arguments.of("a provider with a relationship extension still needs delegated admin privileges",
                        TRANSITIONED, PartnershipState.ACCEPTED, customer(true, false), List.of()),
                Arguments.of("a provider that already administers the customer", TRANSITIONED,
                        PartnershipState.ACCEPTED, customer(true, true), List.of("PROVIDER_ALREADY_RESELLER_OF_RECORD")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decides(String row, Set<Program> programs, PartnershipState partnership,
            InvitationFacts.InvitedCustomer customer, List<String> codes) {
        List<Object> facts = new ArrayList<>(List.of(
                new InvitationFacts.InvitingReseller("contoso", "Contoso", programs),
                new InvitationFacts.InvitedProvider("northwind", "Northwind"),
                new PrerequisiteFacts.ChosenProvider(InvitationFacts.SUBJECT, "Northwind", partnership)));
        if (customer != null) {
            facts.add(customer);
        }
        List<IneligibilityReason> reasons = engine.evaluate("reseller-invitation", facts).reasons();

        assertThat(reasons).extracting(IneligibilityReason::code).containsExactlyElementsOf(codes);
        assertThat(reasons).allSatisfy(r -> assertThat(r.rule()).isNotBlank());
    }

    static InvitationFacts.InvitedCustomer customer(boolean providerIsReseller, boolean delegatedAdmin) {
        return new InvitationFacts.InvitedCustomer("coho", "Coho Winery", AcquisitionKind.DIRECT_BILL,
                providerIsReseller, delegatedAdmin);
    }
}
