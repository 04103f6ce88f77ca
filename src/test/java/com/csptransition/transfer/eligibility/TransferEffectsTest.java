package com.csptransition.transfer.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.csptransition.customer.OfferKind;
import com.csptransition.customer.Subscription;
import com.csptransition.customer.SubscriptionStatus;
import com.csptransition.customer.TransferEffect;
import com.csptransition.decision.DecisionLog;
import com.csptransition.identity.Caller;
import com.csptransition.rules.RulesEngine;
import com.csptransition.rules.RulesProperties;
import com.csptransition.web.ApiException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transfer step's question to rules/transferable-offers.drl: what the transfer does to each subscription. */
class TransferEffectsTest {

    static final Caller PROVIDER = new Caller("northwind-admin", "northwind", Set.of(), false);
    static final String LICENSE_BASED_LINE =
            "    insert(new TransferableOffer(OfferKind.LICENSE_BASED, null, TransferEffect.SUSPENDED));\n";

    @Test
    void eachSubscriptionGetsTheEffectOfItsOffer() {
        TransferEffects effects = new TransferEffects(new RulesEngine(new RulesProperties(Path.of("rules"), false)),
                mock(DecisionLog.class));

        assertThat(effects.of(List.of(subscription("intune", OfferKind.LICENSE_BASED, "INTUNE"),
                subscription("azure", OfferKind.AZURE_PAYG, "MS-AZR-0145P")), "transfer-1", PROVIDER))
                .isEqualTo(Map.of("intune", TransferEffect.SUSPENDED, "azure", TransferEffect.NO_LONGER_LISTED));
    }

    @Test
    void anOfferTheRulesStoppedTransferringSinceTheRequestFailsTheTransfer(@TempDir Path folder) throws IOException {
        DecisionLog decisions = mock(DecisionLog.class);
        TransferEffects effects = new TransferEffects(rulesWith(folder, ""), decisions);

        assertThatThrownBy(() -> effects.of(List.of(subscription("intune", OfferKind.LICENSE_BASED, "INTUNE")),
                "transfer-1", PROVIDER))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getStatus().value()).isEqualTo(409);
                    assertThat(e.getCode()).isEqualTo("OfferNotTransferable");
                    assertThat(e.getMessage()).contains("intune (offer INTUNE)").contains("can no longer be transferred");
                });
        verify(decisions).record(eq(TransferEffects.DECISION_KIND), eq(PROVIDER), anyCollection(), eq("REFUSED"), any());
    }

    @Test
    void twoTransferableOffersThatDisagreeAreTheAnalystsToFix(@TempDir Path folder) throws IOException {
        TransferEffects effects = new TransferEffects(rulesWith(folder, LICENSE_BASED_LINE
                + "    insert(new TransferableOffer(OfferKind.LICENSE_BASED, \"INTUNE\", TransferEffect.NO_LONGER_LISTED));\n"),
                mock(DecisionLog.class));

        assertThatThrownBy(() -> effects.of(List.of(subscription("intune", OfferKind.LICENSE_BASED, "INTUNE")),
                "transfer-1", PROVIDER))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("several effects");
    }

    /** A copy of the transfer-effects concern with the license-based line of the transferable offers replaced. */
    private static RulesEngine rulesWith(Path folder, String licenseBasedLines) throws IOException {
        String text = Files.readString(Path.of("rules", "transferable-offers.drl"));
        assertThat(text).contains(LICENSE_BASED_LINE);
        Files.writeString(folder.resolve("transferable-offers.drl"), text.replace(LICENSE_BASED_LINE, licenseBasedLines));
        Files.writeString(folder.resolve("concerns.yaml"), "transfer-effects: [transferable-offers.drl]\n");
        return new RulesEngine(new RulesProperties(folder, false));
    }

    private static Subscription subscription(String id, OfferKind kind, String offerId) {
        Subscription subscription = new Subscription(id);
        subscription.update("customer-1", "contoso", offerId, offerId, kind, null, 10, "monthly",
                SubscriptionStatus.ACTIVE, kind.isAzureSubscription() ? "azure-id" : null);
        return subscription;
    }
}
