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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * rules/transferable-offers.drl: one place says which purchases can be transferred (concern transfer-eligibility)
 * and what the transfer does to them (concern transfer-effects, which the transfer step asks).
 */
class TransferableOffersRulesTest {

    static RulesEngine engine;

    @BeforeAll
    static void compileRules() {
        engine = new RulesEngine(new RulesProperties(Path.of("rules"), false));
    }

    static Stream<Arguments> offers() {
        return Stream.of(
                Arguments.of("license-based: suspended at the source", OfferKind.LICENSE_BASED, "O365-E3", "SUSPENDED"),
                Arguments.of("Azure PAYG MS-AZR-0145P: no longer listed", OfferKind.AZURE_PAYG, "MS-AZR-0145P", "NO_LONGER_LISTED"),
                Arguments.of("another Azure PAYG offer: not transferable", OfferKind.AZURE_PAYG, "MS-AZR-0017P", null),
                Arguments.of("Azure plan: not transferable", OfferKind.AZURE_PLAN, "DZH318Z0BPS6", null),
                Arguments.of("Azure reserved instance: not transferable", OfferKind.AZURE_RESERVED_INSTANCE, "DZH318Z0BQ3Q", null),
                Arguments.of("term-based: not transferable", OfferKind.TERM_BASED, "CFQ7TTC0LH18", null),
                Arguments.of("Marketplace SaaS: not transferable", OfferKind.MARKETPLACE_SAAS, "saas-offer", null),
                Arguments.of("software: not transferable", OfferKind.SOFTWARE, "VISIO-2021", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offers")
    void eligibilityAndTheTransferStepReadTheSameOffers(String row, OfferKind kind, String offerId, String effect) {
        List<IneligibilityReason> eligibility = eligibility(engine.current(), kind, offerId);
        List<IneligibilityReason> effects = effects(engine.current(), kind, offerId);

        assertThat(eligibility).extracting(IneligibilityReason::code)
                .containsExactlyElementsOf(effect == null ? List.of("OFFER_NOT_TRANSFERABLE") : List.of());
        assertThat(effects).extracting(IneligibilityReason::code)
                .containsExactlyElementsOf(effect == null ? List.of() : List.of(effect));
        assertThat(effects).allSatisfy(r -> {
            assertThat(r.subjectId()).isEqualTo("sub-1");
            assertThat(r.rule()).isNotBlank();
        });
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
