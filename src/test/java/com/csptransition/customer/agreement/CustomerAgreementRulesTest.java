package com.csptransition.customer.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.customer.McaAcceptance;
import com.csptransition.customer.McaMethod;
import com.csptransition.partner.Program;
import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.RulesEngine;
import com.csptransition.rules.RulesProperties;
import com.csptransition.transfer.eligibility.IndirectProvider;
import com.csptransition.transfer.eligibility.TransferCustomer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** rules/customer-agreement.drl, the guide's three MCA cases for a customer moved to an indirect provider. */
class CustomerAgreementRulesTest {

    static final String OLD_PARTNER = "contoso";
    static final String PROVIDER = "northwind";
    static RulesEngine engine;

    @BeforeAll
    static void compileRules() {
        engine = new RulesEngine(new RulesProperties(Path.of("rules"), false));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("Customer has not accepted Microsoft Customer Agreement yet", List.of(),
                        List.of("MCA_NOT_ACCEPTED")),
                Arguments.of("Accepted with you through the Microsoft 365 Admin Center: retained, nothing to do",
                        List.of(new McaAcceptance(McaMethod.M365_ADMIN_CENTER, OLD_PARTNER, null)), List.of()),
                Arguments.of("Accepted with you through partner attestation: not retained",
                        List.of(new McaAcceptance(McaMethod.PARTNER_ATTESTATION, OLD_PARTNER, null)),
                        List.of("MCA_ATTESTATION_NOT_RETAINED")),
                Arguments.of("The indirect provider updated the customer's acceptance",
                        List.of(new McaAcceptance(McaMethod.PARTNER_ATTESTATION, OLD_PARTNER, null),
                                new McaAcceptance(McaMethod.PARTNER_ATTESTATION, PROVIDER, null)), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tellsTheProviderWhatToDo(String guideCase, List<McaAcceptance> acceptances, List<String> actions) {
        List<Object> facts = new ArrayList<>(acceptances);
        facts.add(new IndirectProvider(PROVIDER, "Northwind", Set.of(Program.INDIRECT_PROVIDER)));
        facts.add(new TransferCustomer("customer", "Wide World Importers", Set.of(OLD_PARTNER, PROVIDER)));

        List<IneligibilityReason> reasons = engine.evaluate("customer-agreement", facts).reasons();

        assertThat(reasons).extracting(IneligibilityReason::code).containsExactlyElementsOf(actions);
        assertThat(reasons).allSatisfy(r -> {
            assertThat(r.subjectId()).isEqualTo("customer");
            assertThat(r.rule()).isNotBlank();
        });
    }
}
