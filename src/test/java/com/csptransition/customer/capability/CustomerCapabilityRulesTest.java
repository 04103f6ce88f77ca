package com.csptransition.customer.capability;

import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.customer.AcquisitionKind;
import com.csptransition.customer.McaAcceptance;
import com.csptransition.customer.McaMethod;
import com.csptransition.partner.Program;
import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.RulesEngine;
import com.csptransition.rules.RulesProperties;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** customer-capabilities.drl and direct-bill-requirements.drl, one row per statement of the guide. */
class CustomerCapabilityRulesTest {

    static final Set<Capability> DIRECT_BILL_ONLY = EnumSet.of(Capability.CREATE_ORDERS, Capability.ADD_ADDONS,
            Capability.MANAGE_AZURE_RESERVATIONS, Capability.MANAGE_ORDER_HISTORY, Capability.PURCHASE_SOFTWARE,
            Capability.BILL_DIRECTLY);
    static final Set<Capability> RESTRICTED = EnumSet.of(Capability.CREATE_ORDERS, Capability.ADD_ADDONS,
            Capability.PURCHASE_SOFTWARE, Capability.MANAGE_AZURE_RESERVATIONS, Capability.CREATE_CUSTOMERS,
            Capability.SEND_RESELLER_INVITATIONS);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    /** The customer signed the Microsoft Customer Agreement (mca-required.drl refuses purchases otherwise). */
    static final McaAcceptance SIGNED = new McaAcceptance(McaMethod.M365_ADMIN_CENTER, "contoso", LocalDate.of(2020, 1, 20));

    static RulesEngine engine;

    @BeforeAll
    static void compileRules() {
        engine = new RulesEngine(new RulesProperties(Path.of("rules"), false));
    }

    static Stream<Arguments> rows() {
        Set<Capability> indirect = EnumSet.copyOf(DIRECT_BILL_ONLY);
        indirect.add(Capability.CREATE_CUSTOMERS);
        return Stream.of(
                Arguments.of("a direct bill customer of a partner above the threshold: everything", AcquisitionKind.DIRECT_BILL,
                        "450000", TODAY, Set.of()),
                Arguments.of("indirect reseller customers: the provider orders, the reseller manages licenses, users and renewals",
                        AcquisitionKind.INDIRECT_RESELLER, "450000", TODAY, indirect),
                Arguments.of("below USD 300K over 12 months: direct bill capabilities restricted", AcquisitionKind.DIRECT_BILL,
                        "299999.99", TODAY, RESTRICTED),
                Arguments.of("exactly USD 300K meets the requirement", AcquisitionKind.DIRECT_BILL, "300000", TODAY, Set.of()),
                Arguments.of("before January 2021 the revenue requirement did not apply", AcquisitionKind.DIRECT_BILL,
                        "1000", LocalDate.of(2020, 12, 31), Set.of()),
                Arguments.of("from January 2021 it applies", AcquisitionKind.DIRECT_BILL, "1000", LocalDate.of(2021, 1, 1),
                        RESTRICTED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void refusesExactlyTheseCapabilities(String statement, AcquisitionKind acquiredAs, String revenue, LocalDate today,
            Set<Capability> refused) {
        List<Object> facts = new ArrayList<>();
        facts.add(new CapabilityFacts.ActingPartner("contoso", "Contoso", EnumSet.of(Program.DIRECT_BILL, Program.INDIRECT_RESELLER),
                new BigDecimal(revenue), today));
        facts.add(new CapabilityFacts.CapabilityCustomer("customer", "Tailspin Toys", acquiredAs));
        facts.add(SIGNED);
        Arrays.stream(Capability.values()).map(CapabilityFacts.RequestedCapability::new).forEach(facts::add);

        List<IneligibilityReason> reasons = engine.evaluate("customer-capabilities", facts).reasons();

        assertThat(reasons.stream().map(r -> Capability.valueOf(r.subjectId())).collect(Collectors.toSet()))
                .isEqualTo(refused);
        assertThat(reasons).allSatisfy(r -> assertThat(r.rule()).isNotBlank());
    }

    static Stream<Arguments> creations() {
        Set<Program> transitioning = EnumSet.of(Program.DIRECT_BILL, Program.INDIRECT_RESELLER);
        Set<Program> resellerOnly = EnumSet.of(Program.INDIRECT_RESELLER);
        Set<Program> provider = EnumSet.of(Program.INDIRECT_PROVIDER);
        CapabilityFacts.NamedReseller partnered = new CapabilityFacts.NamedReseller("contoso", "Contoso", transitioning, true);
        return Stream.of(
                Arguments.of("a direct bill partner creates its direct bill customers", transitioning,
                        AcquisitionKind.DIRECT_BILL, null, List.of()),
                Arguments.of("unlike direct bill partners, indirect resellers can't create tenants", resellerOnly,
                        AcquisitionKind.DIRECT_BILL, null, List.of("INDIRECT_RESELLER_CANNOT_CREATE_TENANTS")),
                Arguments.of("a reseller cannot create the tenant that names it", transitioning,
                        AcquisitionKind.INDIRECT_RESELLER, partnered, List.of("INDIRECT_RESELLER_CANNOT_CREATE_TENANTS")),
                Arguments.of("nor can a reseller without direct bill: one reason, not two", resellerOnly,
                        AcquisitionKind.INDIRECT_RESELLER, partnered, List.of("INDIRECT_RESELLER_CANNOT_CREATE_TENANTS")),
                Arguments.of("a provider creates a direct bill customer of its own", provider, AcquisitionKind.DIRECT_BILL,
                        null, List.of()),
                Arguments.of("your provider creates the tenant and specifies you as the indirect reseller", provider,
                        AcquisitionKind.INDIRECT_RESELLER, partnered, List.of()),
                Arguments.of("only a reseller that accepted the provider's invitation can be named", provider,
                        AcquisitionKind.INDIRECT_RESELLER,
                        new CapabilityFacts.NamedReseller("fabrikam", "Fabrikam", EnumSet.of(Program.DIRECT_BILL), false),
                        List.of("NAMED_RESELLER_NOT_PARTNERED")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("creations")
    void decidesWhoCreatesCustomerTenants(String statement, Set<Program> programs, AcquisitionKind kind,
            CapabilityFacts.NamedReseller named, List<String> codes) {
        List<Object> facts = new ArrayList<>(List.of(
                new CapabilityFacts.ActingPartner("acting", "Acting", programs, new BigDecimal("9000000"), TODAY),
                new CapabilityFacts.CapabilityCustomer(null, "New Co", kind),
                new CapabilityFacts.RequestedCapability(Capability.CREATE_CUSTOMERS),
                new McaAcceptance(McaMethod.PARTNER_ATTESTATION, "acting", TODAY)));
        if (named != null) {
            facts.add(named);
        }

        assertThat(engine.evaluate("customer-capabilities", facts).reasons()).extracting(IneligibilityReason::code).containsExactlyElementsOf(codes);
    }

    @org.junit.jupiter.api.Test
    void theIndirectProviderOrdersForIndirectResellerCustomers() {
        List<Object> facts = new ArrayList<>(List.of(
                new CapabilityFacts.ActingPartner("northwind", "Northwind", EnumSet.of(Program.INDIRECT_PROVIDER),
                        new BigDecimal("9000000"), TODAY),
                new CapabilityFacts.CapabilityCustomer("alpine", "Alpine Ski House", AcquisitionKind.INDIRECT_RESELLER),
                SIGNED));
        Arrays.stream(Capability.values()).map(CapabilityFacts.RequestedCapability::new).forEach(facts::add);

        assertThat(engine.evaluate("customer-capabilities", facts).reasons()).isEmpty();
    }

    static Stream<Arguments> notices() {
        return Stream.of(
                Arguments.of("below the requirement before it applies: will be restricted", "1000",
                        LocalDate.of(2020, 11, 1), "will then be restricted"),
                Arguments.of("below the requirement after it applies: restricted", "1000", TODAY, "are restricted"),
                Arguments.of("meeting the requirement: no notice", "300000", TODAY, null),
                Arguments.of("just below the requirement: told", "299999.99", TODAY, "are restricted"),
                Arguments.of("the day the requirement applies: restricted", "1000", LocalDate.of(2021, 1, 1),
                        "are restricted"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notices")
    void informsDirectBillPartnersBelowTheRequirement(String statement, String revenue, LocalDate today, String says) {
        List<IneligibilityReason> reasons = engine.evaluate("customer-capabilities", List.of(
                new CapabilityFacts.ActingPartner("fabrikam", "Fabrikam", EnumSet.of(Program.DIRECT_BILL),
                        new BigDecimal(revenue), today),
                new CapabilityFacts.RequirementCheck())).reasons();

        if (says == null) {
            assertThat(reasons).isEmpty();
        } else {
            assertThat(reasons).singleElement().satisfies(r -> {
                assertThat(r.code()).isEqualTo("BELOW_DIRECT_BILL_REQUIREMENT");
                assertThat(r.message()).contains(says);
            });
        }
    }
}
