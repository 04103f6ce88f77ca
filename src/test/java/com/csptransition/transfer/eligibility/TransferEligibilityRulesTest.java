package com.csptransition.transfer.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.customer.AcquisitionKind;
import com.csptransition.customer.Customer;
import com.csptransition.customer.McaAcceptance;
import com.csptransition.customer.McaMethod;
import com.csptransition.customer.OfferKind;
import com.csptransition.customer.ResellerRelationship;
import com.csptransition.customer.Subscription;
import com.csptransition.customer.SubscriptionStatus;
import com.csptransition.partner.Partner;
import com.csptransition.partner.Program;
import com.csptransition.rules.Reason;
import com.csptransition.rules.RulesEngine;
import com.csptransition.rules.RulesProperties;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** rules/transfer-eligibility.drl without Spring: one row per pre-requisite and consideration of the guide. */
class TransferEligibilityRulesTest {

    static final String PARTNER = "partner-contoso";
    static final String OLD_PARTNER = PARTNER;
    static final String PROVIDER = "provider-northwind";

    static RulesEngine engine;

    @BeforeAll
    static void compileRules() {
        engine = new RulesEngine(new RulesProperties(Path.of("rules"), false));
    }

    /** A scenario: who the partner and provider are, where the customer stands, and one subscription. */
    record Scenario(Set<Program> partnerPrograms, Set<Program> providerPrograms, boolean movedToProvider,
            List<McaAcceptance> mca, OfferKind kind, String offerId, SubscriptionStatus status, boolean inTransfer,
            boolean withProvider) {

        static Scenario ready() {
            return new Scenario(EnumSet.of(Program.DIRECT_BILL, Program.INDIRECT_RESELLER),
                    EnumSet.of(Program.INDIRECT_PROVIDER), true,
                    List.of(new McaAcceptance(McaMethod.M365_ADMIN_CENTER, OLD_PARTNER, null)),
                    OfferKind.LICENSE_BASED, "O365-E3", SubscriptionStatus.ACTIVE, false, true);
        }

        Scenario partner(Program... programs) {
            return new Scenario(Set.of(programs), providerPrograms, movedToProvider, mca, kind, offerId, status, inTransfer, withProvider);
        }

        Scenario provider(Program... programs) {
            return new Scenario(partnerPrograms, Set.of(programs), movedToProvider, mca, kind, offerId, status, inTransfer, withProvider);
        }

        Scenario notMoved() {
            return new Scenario(partnerPrograms, providerPrograms, false, mca, kind, offerId, status, inTransfer, withProvider);
        }

        Scenario acceptedMca(McaAcceptance... acceptances) {
            return new Scenario(partnerPrograms, providerPrograms, movedToProvider, List.of(acceptances), kind, offerId, status, inTransfer, withProvider);
        }

        Scenario offer(OfferKind kind, String offerId) {
            return new Scenario(partnerPrograms, providerPrograms, movedToProvider, mca, kind, offerId, status, inTransfer, withProvider);
        }

        Scenario status(SubscriptionStatus status) {
            return new Scenario(partnerPrograms, providerPrograms, movedToProvider, mca, kind, offerId, status, inTransfer, withProvider);
        }

        Scenario inActiveTransfer() {
            return new Scenario(partnerPrograms, providerPrograms, movedToProvider, mca, kind, offerId, status, true, withProvider);
        }

        Scenario withoutProvider() {
            return new Scenario(partnerPrograms, providerPrograms, movedToProvider, mca, kind, offerId, status, inTransfer, false);
        }
    }

    static Stream<Arguments> scenarios() {
        Scenario ready = Scenario.ready();
        McaAcceptance attestedWithOldPartner = new McaAcceptance(McaMethod.PARTNER_ATTESTATION, OLD_PARTNER, null);
        McaAcceptance attestedWithProvider = new McaAcceptance(McaMethod.PARTNER_ATTESTATION, PROVIDER, null);
        return Stream.of(
                Arguments.of("an enrolled partner moves an active Office 365 subscription of a moved customer", ready, List.of()),
                Arguments.of("Pre-requisite: the partner has not completed indirect reseller enrollment",
                        ready.partner(Program.DIRECT_BILL), List.of("PARTNER_NOT_ENROLLED_AS_INDIRECT_RESELLER")),
                Arguments.of("Pre-requisite: the enrollment must be on the existing direct bill tenant",
                        ready.partner(Program.INDIRECT_RESELLER), List.of("PARTNER_NOT_ENROLLED_AS_INDIRECT_RESELLER")),
                Arguments.of("Pre-requisite: the customer was not moved to the indirect provider",
                        ready.notMoved(), List.of("CUSTOMER_NOT_MOVED_TO_PROVIDER")),
                Arguments.of("Pre-requisite: the customer has not accepted the MCA yet",
                        ready.acceptedMca(), List.of("MCA_NOT_ACCEPTED")),
                Arguments.of("MCA accepted through partner attestation with the old partner is not retained",
                        ready.acceptedMca(attestedWithOldPartner), List.of("MCA_ATTESTATION_NOT_RETAINED")),
                Arguments.of("MCA attested again through the indirect provider",
                        ready.acceptedMca(attestedWithOldPartner, attestedWithProvider), List.of()),
                Arguments.of("MCA accepted in the M365 admin center is retained",
                        ready.acceptedMca(new McaAcceptance(McaMethod.M365_ADMIN_CENTER, OLD_PARTNER, null)), List.of()),
                Arguments.of("Azure PAYG MS-AZR-0145P can be transferred", ready.offer(OfferKind.AZURE_PAYG, "MS-AZR-0145P"), List.of()),
                Arguments.of("Azure plans cannot be transferred", ready.offer(OfferKind.AZURE_PLAN, "DZH318Z0BPS6"),
                        List.of("OFFER_NOT_TRANSFERABLE")),
                Arguments.of("Azure reserved instances cannot be transferred",
                        ready.offer(OfferKind.AZURE_RESERVED_INSTANCE, "DZH318Z0BQ3Q"), List.of("OFFER_NOT_TRANSFERABLE")),
                Arguments.of("Term-based subscriptions cannot be transferred", ready.offer(OfferKind.TERM_BASED, "CFQ7TTC0LH18"),
                        List.of("OFFER_NOT_TRANSFERABLE")),
                Arguments.of("Azure Marketplace SaaS cannot be transferred", ready.offer(OfferKind.MARKETPLACE_SAAS, "saas-offer"),
                        List.of("OFFER_NOT_TRANSFERABLE")),
                Arguments.of("Azure PAYG other than MS-AZR-0145P cannot be transferred",
                        ready.offer(OfferKind.AZURE_PAYG, "MS-AZR-0017P"), List.of("OFFER_NOT_TRANSFERABLE")),
                Arguments.of("software purchases cannot be transferred", ready.offer(OfferKind.SOFTWARE, "VISIO-2021"),
                        List.of("OFFER_NOT_TRANSFERABLE")),
                Arguments.of("any license-based offer can be transferred", ready.offer(OfferKind.LICENSE_BASED, "DYN365-SALES"),
                        List.of()),
                Arguments.of("a suspended subscription cannot be transferred", ready.status(SubscriptionStatus.SUSPENDED),
                        List.of("SUBSCRIPTION_NOT_ACTIVE")),
                Arguments.of("the same subscription cannot be referenced by multiple transfer requests",
                        ready.inActiveTransfer(), List.of("SUBSCRIPTION_IN_ACTIVE_TRANSFER")),
                Arguments.of("subscriptions only move to an indirect provider", ready.provider(Program.DIRECT_BILL),
                        List.of("TARGET_NOT_INDIRECT_PROVIDER")),
                Arguments.of("without a named provider only the provider-independent checks run",
                        ready.notMoved().acceptedMca().withoutProvider(), List.of()),
                Arguments.of("every refusal is reported, not just the first",
                        ready.partner(Program.DIRECT_BILL).notMoved().status(SubscriptionStatus.SUSPENDED),
                        List.of("CUSTOMER_NOT_MOVED_TO_PROVIDER", "PARTNER_NOT_ENROLLED_AS_INDIRECT_RESELLER",
                                "SUBSCRIPTION_NOT_ACTIVE")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void decidesEachScenario(String scenario, Scenario given, List<String> expectedCodes) {
        Subscription subscription = subscription("sub-1", given.kind(), given.offerId(), given.status(), null);

        EligibilityCheck.Result result = check(given, List.of(subscription),
                given.inTransfer() ? Map.of("sub-1", "transfer-1") : Map.of());

        assertThat(result.answers()).singleElement().satisfies(answer -> {
            assertThat(answer.id()).isEqualTo("sub-1");
            assertThat(answer.reasons()).extracting(Reason::code).containsExactlyElementsOf(expectedCodes);
            assertThat(answer.eligible()).isEqualTo(expectedCodes.isEmpty());
            assertThat(answer.reasons()).allSatisfy(r -> {
                assertThat(r.message()).isNotBlank();
                assertThat(r.rule()).isNotBlank();
            });
        });
    }

    @Test
    void theReasonSaysWhichKindOfPurchaseCannotBeTransferred() {
        Scenario given = Scenario.ready();
        List<Subscription> subscriptions = List.of(
                subscription("plan", OfferKind.AZURE_PLAN, "p", SubscriptionStatus.ACTIVE, null),
                subscription("ri", OfferKind.AZURE_RESERVED_INSTANCE, "r", SubscriptionStatus.ACTIVE, null),
                subscription("term", OfferKind.TERM_BASED, "t", SubscriptionStatus.ACTIVE, null),
                subscription("saas", OfferKind.MARKETPLACE_SAAS, "s", SubscriptionStatus.ACTIVE, null),
                subscription("sw", OfferKind.SOFTWARE, "w", SubscriptionStatus.ACTIVE, null),
                subscription("payg", OfferKind.AZURE_PAYG, "MS-AZR-0017P", SubscriptionStatus.ACTIVE, null));

        List<TransferEligibility> answers = check(given, subscriptions, Map.of()).answers();

        assertThat(answers).extracting(TransferEligibility::reason).containsExactly(
                "Subscription: plan is an Azure plan, which cannot be transferred: cancel it and purchase a new offer through the indirect provider.",
                "Subscription: ri is an Azure reserved instance, which cannot be transferred: cancel it and purchase a new offer through the indirect provider.",
                "Subscription: term is a term-based subscription, which cannot be transferred: cancel it and purchase a new offer through the indirect provider.",
                "Subscription: saas is an Azure Marketplace SaaS subscription, which cannot be transferred: cancel it and purchase a new offer through the indirect provider.",
                "Subscription: sw is a software purchase, which cannot be transferred: cancel it and purchase a new offer through the indirect provider.",
                "Subscription: payg is an Azure PAYG subscription of offer MS-AZR-0017P; of this kind only offer MS-AZR-0145P can be transferred.");
    }

    @Test
    void addOnsAreNeverListedOnTheirOwnButGoWithTheirBase() {
        List<Subscription> subscriptions = List.of(
                subscription("base", OfferKind.LICENSE_BASED, "E3", SubscriptionStatus.ACTIVE, null),
                subscription("audio", OfferKind.LICENSE_BASED, "audio", SubscriptionStatus.ACTIVE, "base"));

        List<TransferEligibility> answers = check(Scenario.ready(), subscriptions, Map.of()).answers();

        assertThat(answers).singleElement().satisfies(base -> {
            assertThat(base.id()).isEqualTo("base");
            assertThat(base.eligible()).isTrue();
            assertThat(base.addOnIds()).containsExactly("audio");
        });
    }

    @Test
    void anAddOnThatCannotMoveIsReportedUnderItsBase() {
        List<Subscription> subscriptions = List.of(
                subscription("base", OfferKind.LICENSE_BASED, "E3", SubscriptionStatus.ACTIVE, null),
                subscription("audio", OfferKind.LICENSE_BASED, "audio", SubscriptionStatus.ACTIVE, "base"));

        List<TransferEligibility> answers = check(Scenario.ready(), subscriptions, Map.of("audio", "transfer-7")).answers();

        assertThat(answers).singleElement().satisfies(base -> {
            assertThat(base.eligible()).isFalse();
            assertThat(base.reasons()).extracting(Reason::code).containsExactly("ADDON_NOT_TRANSFERABLE");
            assertThat(base.reason()).contains("audio").contains("already in active transfer request transfer-7");
        });
    }

    @Test
    void partnerLevelReasonsAreNotRepeatedForAddOns() {
        List<Subscription> subscriptions = List.of(
                subscription("base", OfferKind.LICENSE_BASED, "E3", SubscriptionStatus.ACTIVE, null),
                subscription("audio", OfferKind.LICENSE_BASED, "audio", SubscriptionStatus.ACTIVE, "base"));

        List<TransferEligibility> answers = check(Scenario.ready().partner(Program.DIRECT_BILL), subscriptions, Map.of())
                .answers();

        assertThat(answers.get(0).reasons()).extracting(Reason::code)
                .containsExactly("PARTNER_NOT_ENROLLED_AS_INDIRECT_RESELLER");
    }

    @Test
    void theReasonForASubscriptionInAnActiveRequestNamesTheRequestToWithdraw() {
        Subscription subscription = subscription("sub-1", OfferKind.LICENSE_BASED, "E3", SubscriptionStatus.ACTIVE, null);

        List<TransferEligibility> answers = check(Scenario.ready(), List.of(subscription),
                Map.of("sub-1", "5e0c1b2a-0000-4000-8000-000000000001")).answers();

        assertThat(answers.get(0).reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("SUBSCRIPTION_IN_ACTIVE_TRANSFER");
            assertThat(r.message()).isEqualTo("Subscription: sub-1 is already in active transfer request"
                    + " 5e0c1b2a-0000-4000-8000-000000000001; withdraw that request first (while its provider has not"
                    + " answered), or wait until it ends.");
        });
    }

    private static EligibilityCheck.Result check(Scenario given, List<Subscription> subscriptions,
            Map<String, String> inTransfer) {
        Partner partner = partner(PARTNER, "Contoso", given.partnerPrograms());
        Partner provider = partner(PROVIDER, "Northwind", given.providerPrograms());
        Customer customer = new Customer("customer-1");
        List<ResellerRelationship> relationships = new ArrayList<>(List.of(new ResellerRelationship(PARTNER, true)));
        if (given.movedToProvider()) {
            relationships.add(new ResellerRelationship(PROVIDER, false));
        }
        customer.update("Tailspin Toys", AcquisitionKind.DIRECT_BILL, relationships, given.mca());
        return EligibilityCheck.run(engine, partner, given.withProvider() ? Optional.of(provider) : Optional.empty(),
                customer, subscriptions, inTransfer);
    }

    static Partner partner(String id, String name, Set<Program> programs) {
        Partner partner = new Partner(id);
        partner.update(name, "123", null, true, null, BigDecimal.ZERO, programs);
        return partner;
    }

    static Subscription subscription(String id, OfferKind kind, String offerId, SubscriptionStatus status, String base) {
        Subscription subscription = new Subscription(id);
        subscription.update("customer-1", PARTNER, offerId, offerId, kind, base, 10, "monthly", status, null);
        return subscription;
    }
}
