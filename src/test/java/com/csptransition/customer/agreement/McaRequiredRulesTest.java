package com.csptransition.customer.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.customer.AcquisitionKind;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * rules/mca-required.drl: "Microsoft Cloud Agreement is valid until January 31, 2020. After that date, all customers,
 * existing and new, must sign the new Microsoft Customer Agreement", as the customer capabilities decide it: its
 * cases are rows of rules/scenarios/customer-capabilities.md. Here, that the MCA status of a moved customer (concern
 * customer-agreement) does not pick these rules up.
 */
class McaRequiredRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final String ACTING = "contoso";
    static final String OTHER = "northwind";
    static final String EXISTING = "tailspin";

    static RulesEngine engine;

    @BeforeAll
    static void compileRules() {
        engine = new RulesEngine(new RulesProperties(Path.of("rules"), false));
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
