package com.csptransition.customer.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.customer.AcquisitionKind;
import com.csptransition.customer.McaAcceptance;
import com.csptransition.customer.McaMethod;
import com.csptransition.customer.capability.Capability;
import com.csptransition.customer.capability.CapabilityFacts;
import com.csptransition.partner.Program;
import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.RulesEngine;
import com.csptransition.rules.RulesProperties;
import com.csptransition.transfer.eligibility.IndirectProvider;
import com.csptransition.transfer.eligibility.TransferCustomer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * rules/mca-required.drl: "Microsoft Cloud Agreement is valid until January 31, 2020. After that date, all customers,
 * existing and new, must sign the new Microsoft Customer Agreement", as the customer capabilities decide it.
 */
class McaRequiredRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final String ACTING = "contoso";
    static final String OTHER = "northwind";
    static final String EXISTING = "tailspin";
    static final String NEW = null;
    static final McaAcceptance NONE = null;
    static final McaAcceptance M365_WITH_OTHER = new McaAcceptance(McaMethod.M365_ADMIN_CENTER, OTHER, LocalDate.of(2020, 1, 20));
    static final McaAcceptance ATTESTED_BY_OTHER = new McaAcceptance(McaMethod.PARTNER_ATTESTATION, OTHER, LocalDate.of(2020, 6, 1));
    static final McaAcceptance ATTESTED_BY_ACTING = new McaAcceptance(McaMethod.PARTNER_ATTESTATION, ACTING, LocalDate.of(2021, 3, 1));

    static RulesEngine engine;

    @BeforeAll
    static void compileRules() {
        engine = new RulesEngine(new RulesProperties(Path.of("rules"), false));
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("an existing customer without the MCA: no order", TODAY, EXISTING, Capability.CREATE_ORDERS,
                        NONE, List.of("MCA_REQUIRED")),
                Arguments.of("... no add-on", TODAY, EXISTING, Capability.ADD_ADDONS, NONE, List.of("MCA_REQUIRED")),
                Arguments.of("... no software", TODAY, EXISTING, Capability.PURCHASE_SOFTWARE, NONE, List.of("MCA_REQUIRED")),
                Arguments.of("... no reservation", TODAY, EXISTING, Capability.MANAGE_AZURE_RESERVATIONS, NONE,
                        List.of("MCA_REQUIRED")),
                Arguments.of("existing subscriptions still change license counts", TODAY, EXISTING,
                        Capability.CHANGE_LICENSE_COUNTS, NONE, List.of()),
                Arguments.of("accepted in the Microsoft 365 admin center, with any partner: retained", TODAY, EXISTING,
                        Capability.CREATE_ORDERS, M365_WITH_OTHER, List.of()),
                Arguments.of("another partner's attestation is not retained", TODAY, EXISTING, Capability.CREATE_ORDERS,
                        ATTESTED_BY_OTHER, List.of("MCA_REQUIRED")),
                Arguments.of("the ordering partner's own attestation", TODAY, EXISTING, Capability.CREATE_ORDERS,
                        ATTESTED_BY_ACTING, List.of()),
                Arguments.of("the Microsoft Cloud Agreement is valid until January 31, 2020", LocalDate.of(2020, 1, 31),
                        EXISTING, Capability.CREATE_ORDERS, NONE, List.of()),
                Arguments.of("after that date every existing customer must sign", LocalDate.of(2020, 2, 1), EXISTING,
                        Capability.CREATE_ORDERS, NONE, List.of("MCA_REQUIRED")),
                Arguments.of("a new customer without the MCA is not created", TODAY, NEW, Capability.CREATE_CUSTOMERS,
                        NONE, List.of("MCA_REQUIRED")),
                Arguments.of("a new customer whose acceptance the creating partner attests", TODAY, NEW,
                        Capability.CREATE_CUSTOMERS, ATTESTED_BY_ACTING, List.of()),
                Arguments.of("another partner's attestation does not create the customer", TODAY, NEW,
                        Capability.CREATE_CUSTOMERS, ATTESTED_BY_OTHER, List.of("MCA_REQUIRED")),
                Arguments.of("a new customer before that date", LocalDate.of(2020, 1, 31), NEW, Capability.CREATE_CUSTOMERS,
                        NONE, List.of()),
                Arguments.of("asking whether the partner creates customers says nothing about an existing one's MCA", TODAY,
                        EXISTING, Capability.CREATE_CUSTOMERS, NONE, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyCustomerExistingAndNewMustSignTheMca(String statement, LocalDate today, String customerId,
            Capability asked, McaAcceptance acceptance, List<String> codes) {
        List<Object> facts = new ArrayList<>(List.of(
                new CapabilityFacts.ActingPartner(ACTING, "Contoso", EnumSet.of(Program.DIRECT_BILL, Program.INDIRECT_RESELLER),
                        new BigDecimal("450000"), today),
                new CapabilityFacts.CapabilityCustomer(customerId, "Tailspin Toys", AcquisitionKind.DIRECT_BILL),
                new CapabilityFacts.RequestedCapability(asked)));
        if (acceptance != null) {
            facts.add(acceptance);
        }

        List<IneligibilityReason> reasons = engine.evaluate("customer-capabilities", facts).reasons();

        assertThat(reasons).extracting(IneligibilityReason::code).containsExactlyElementsOf(codes);
        assertThat(reasons).allSatisfy(r -> {
            assertThat(r.subjectId()).isEqualTo(asked.name());
            assertThat(r.rule()).startsWith("After that date, all");
        });
    }

    @Test
    void theMcaStatusOfAMovedCustomerAsksNothingAboutOrders() {
        // concerns stay apart: the capability facts given to the MCA status fire none of these rules
        List<Object> facts = List.of(new IndirectProvider(OTHER, "Northwind", Set.of(Program.INDIRECT_PROVIDER)),
                new TransferCustomer(EXISTING, "Coho Winery", Set.of(ACTING, OTHER)),
                new CapabilityFacts.ActingPartner(ACTING, "Contoso", EnumSet.of(Program.DIRECT_BILL), new BigDecimal("450000"), TODAY),
                new CapabilityFacts.CapabilityCustomer(EXISTING, "Coho Winery", AcquisitionKind.DIRECT_BILL),
                new CapabilityFacts.RequestedCapability(Capability.CREATE_ORDERS));

        assertThat(engine.evaluate("customer-agreement", facts).reasons()).extracting(IneligibilityReason::code)
                .containsExactly("MCA_NOT_ACCEPTED");
    }
}
