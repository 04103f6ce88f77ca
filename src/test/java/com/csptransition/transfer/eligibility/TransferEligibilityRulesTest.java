package com.csptransition.transfer.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * rules/transfer-eligibility.drl through EligibilityCheck, without Spring: how the answer groups the reasons per
 * subscription, and the messages. The guide's cases, one per row, are in rules/scenarios/transfer-eligibility.md.
 */
class TransferEligibilityRulesTest {

    static final String PARTNER = "partner-contoso";
    static final String PROVIDER = "provider-northwind";

    static RulesEngine engine;

    @BeforeAll
    static void compileRules() {
        engine = new RulesEngine(new RulesProperties(Path.of("rules"), false));
    }

    /** Who the partner and provider are and where the customer stands (the rows are in rules/scenarios). */
    record Scenario(Set<Program> partnerPrograms, Set<Program> providerPrograms, boolean movedToProvider) {

        static Scenario ready() {
            return new Scenario(EnumSet.of(Program.DIRECT_BILL, Program.INDIRECT_RESELLER),
                    EnumSet.of(Program.INDIRECT_PROVIDER), true);
        }

        Scenario partner(Program... programs) {
            return new Scenario(Set.of(programs), providerPrograms, movedToProvider);
        }

        Scenario provider(Program... programs) {
            return new Scenario(partnerPrograms, Set.of(programs), movedToProvider);
        }

        Scenario notMoved() {
            return new Scenario(partnerPrograms, providerPrograms, false);
        }
    }

    /** The cases are rows of rules/scenarios/transfer-eligibility.md; here, how the answer groups their reasons. */
    @Test
    void reasonsAboutThePartnerTheProviderAndTheCustomerHoldForEverySubscriptionBesideItsOwn() {
        List<Subscription> subscriptions = List.of(
                subscription("sub-1", OfferKind.LICENSE_BASED, "O365-E3", SubscriptionStatus.ACTIVE, null),
                subscription("sub-2", OfferKind.LICENSE_BASED, "O365-E1", SubscriptionStatus.SUSPENDED, null));

        EligibilityCheck.Result result = check(Scenario.ready().partner(Program.DIRECT_BILL).notMoved()
                .provider(Program.DIRECT_BILL), subscriptions, Map.of());

        assertThat(result.outcome()).isEqualTo("INELIGIBLE");
        assertThat(result.answers()).extracting(TransferEligibility::id).containsExactly("sub-1", "sub-2");
        assertThat(result.answers().get(0).reasons()).extracting(Reason::code).containsExactly(
                "CUSTOMER_NOT_MOVED_TO_PROVIDER", "PARTNER_NOT_ENROLLED_AS_INDIRECT_RESELLER",
                "TARGET_NOT_INDIRECT_PROVIDER");
        assertThat(result.answers().get(1).reasons()).extracting(Reason::code).containsExactly(
                "CUSTOMER_NOT_MOVED_TO_PROVIDER", "PARTNER_NOT_ENROLLED_AS_INDIRECT_RESELLER",
                "SUBSCRIPTION_NOT_ACTIVE", "TARGET_NOT_INDIRECT_PROVIDER");
        assertThat(result.answers()).flatExtracting(TransferEligibility::reasons).allSatisfy(r -> {
            assertThat(r.message()).isNotBlank();
            assertThat(r.rule()).isNotBlank();
        });
    }

    @Test
    void onlyTheSubscriptionThatCannotMoveIsIneligible() {
        List<Subscription> subscriptions = List.of(
                subscription("sub-1", OfferKind.LICENSE_BASED, "O365-E3", SubscriptionStatus.ACTIVE, null),
                subscription("plan", OfferKind.AZURE_PLAN, "DZH318Z0BPS6", SubscriptionStatus.ACTIVE, null));

        EligibilityCheck.Result result = check(Scenario.ready(), subscriptions, Map.of());

        assertThat(result.outcome()).isEqualTo("PARTIALLY_ELIGIBLE");
        assertThat(result.answers()).extracting(TransferEligibility::id, TransferEligibility::eligible)
                .containsExactly(tuple("sub-1", true), tuple("plan", false));
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
        customer.update("Tailspin Toys", AcquisitionKind.DIRECT_BILL, relationships,
                List.of(new McaAcceptance(McaMethod.M365_ADMIN_CENTER, PARTNER, null)));
        return EligibilityCheck.run(engine, partner, Optional.of(provider), customer, subscriptions, inTransfer);
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
