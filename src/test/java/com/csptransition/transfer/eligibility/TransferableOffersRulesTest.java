package com.csptransition.transfer.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.customer.OfferKind;
import com.csptransition.customer.SubscriptionStatus;
import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.RuleSet;
import com.csptransition.rules.RulesEngine;
import com.csptransition.rules.RulesProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * rules/transferable-offers.drl: one place says which purchases can be transferred (concern transfer-eligibility)
 * and what the transfer does to them (concern transfer-effects, which the transfer step asks). Each offer kind's
 * answer in both is a row of rules/scenarios/transfer-eligibility.md and transfer-effects.md; here, one edit of the
 * file changes both, and the effect's wording.
 */
class TransferableOffersRulesTest {

    static RulesEngine engine;

    @BeforeAll
    static void compileRules() {
        engine = new RulesEngine(new RulesProperties(Path.of("rules"), false));
    }

    @Test
    void makingAKindTransferableIsOneEditOfTheTransferableOffers() throws Exception {
        String file = Files.readString(Path.of("rules", "transferable-offers.drl"));
        String licenseBased = "    insert(new TransferableOffer(OfferKind.LICENSE_BASED, null, TransferEffect.SUSPENDED));\n";
        assertThat(file).contains(licenseBased);
        // the analyst stops transferring license-based subscriptions and starts transferring Azure plans
        RuleSet edited = engine.draft(Map.of("transferable-offers.drl", file.replace(licenseBased,
                "    insert(new TransferableOffer(OfferKind.AZURE_PLAN, null, TransferEffect.NO_LONGER_LISTED));\n")),
                "test");

        assertThat(eligibility(edited, OfferKind.AZURE_PLAN, "DZH318Z0BPS6")).isEmpty();
        assertThat(effects(edited, OfferKind.AZURE_PLAN, "DZH318Z0BPS6")).extracting(IneligibilityReason::code)
                .containsExactly("NO_LONGER_LISTED");
        assertThat(eligibility(edited, OfferKind.LICENSE_BASED, "O365-E3")).extracting(IneligibilityReason::message)
                .containsExactly("Subscription: sub-1 is a license-based subscription, which cannot be transferred: cancel"
                        + " it and purchase a new offer through the indirect provider.");
        assertThat(effects(edited, OfferKind.LICENSE_BASED, "O365-E3")).isEmpty();
    }

    @Test
    void theEffectIsToldInWords() {
        assertThat(effects(engine.current(), OfferKind.AZURE_PAYG, "MS-AZR-0145P")).extracting(IneligibilityReason::message)
                .containsExactly("Subscription: sub-1 is an Azure PAYG subscription: after the transfer it is no longer"
                        + " listed for the partner.");
    }

    private static List<IneligibilityReason> eligibility(RuleSet rules, OfferKind kind, String offerId) {
        return rules.evaluate("transfer-eligibility", List.of(new TransferCandidate("sub-1", offerId, offerId, kind,
                SubscriptionStatus.ACTIVE, null, null))).reasons();
    }

    private static List<IneligibilityReason> effects(RuleSet rules, OfferKind kind, String offerId) {
        return rules.evaluate(TransferEffects.CONCERN, List.of(new TransferredSubscription("sub-1", kind, offerId)))
                .reasons();
    }
}
