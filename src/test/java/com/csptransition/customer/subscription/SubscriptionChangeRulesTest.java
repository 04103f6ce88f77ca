package com.csptransition.customer.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import com.csptransition.customer.OfferKind;
import com.csptransition.customer.Subscription;
import com.csptransition.customer.SubscriptionStatus;
import com.csptransition.customer.subscription.SubscriptionChangeFacts.HeldByTransfer;
import com.csptransition.customer.subscription.SubscriptionChangeFacts.Kind;
import com.csptransition.customer.subscription.SubscriptionChangeFacts.RequestedChange;
import com.csptransition.decision.DecisionLog;
import com.csptransition.identity.Caller;
import com.csptransition.identity.Role;
import com.csptransition.rules.Evaluation;
import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.Reason;
import com.csptransition.rules.RulesEngine;
import com.csptransition.rules.RulesProperties;
import com.csptransition.transfer.eligibility.ActiveTransferLine;
import com.csptransition.transfer.eligibility.ActiveTransferLines;
import com.csptransition.web.ApiException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rules/subscription-changes.drl without Spring: the messages, the 422 answer and the analyst's one-line change. Which
 * change is refused when, one row per case, is in rules/scenarios/subscription-changes.md.
 */
class SubscriptionChangeRulesTest {

    static final String TRANSFER = "5e0c1b2a-0000-4000-8000-000000000001";
    static final HeldByTransfer HELD = new HeldByTransfer("sub-1", TRANSFER, "Northwind", 60);

    static RulesEngine engine;

    @BeforeAll
    static void compileRules() {
        engine = new RulesEngine(new RulesProperties(Path.of("rules"), false));
    }

    static RequestedChange quantity(int newQuantity) {
        return new RequestedChange(Kind.QUANTITY, "sub-1", "Office 365 E3", 60, newQuantity);
    }

    static RequestedChange suspension() {
        return new RequestedChange(Kind.SUSPEND, "sub-1", "Office 365 E3", 60, null);
    }

    @Test
    void theRefusalNamesTheRequestTheQuantityItKeepsAndWhatToDo() {
        Evaluation evaluation = engine.evaluate("subscription-changes", List.of(quantity(70), HELD));

        assertThat(evaluation.reasons()).singleElement().extracting(IneligibilityReason::message).isEqualTo(
                "Subscription: sub-1 is in active transfer request " + TRANSFER + " to Northwind, which keeps the"
                        + " quantity it recorded (60): the provider's subscription would not get 70. Withdraw that"
                        + " request while its provider has not answered, change the quantity and create a new request;"
                        + " once it is answered, wait until it ends.");
    }

    @Test
    void theSuspensionRefusalNamesTheRequestAndWhatToDo() {
        Evaluation evaluation = engine.evaluate("subscription-changes", List.of(suspension(), HELD));

        assertThat(evaluation.reasons()).singleElement().extracting(IneligibilityReason::message).isEqualTo(
                "Subscription: sub-1 is in active transfer request " + TRANSFER + " to Northwind, and a suspended"
                        + " subscription cannot be transferred. Withdraw that request first, while its provider has not"
                        + " answered, or wait until it ends.");
    }

    @Test
    void refusedChangesAreAnsweredWithEveryReason() {
        SubscriptionChangeRules rules = new SubscriptionChangeRules(engine, holding(HELD), mock(DecisionLog.class));

        assertThatThrownBy(() -> rules.require(CALLER, subscription(), List.of(quantity(70))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getStatus().value()).isEqualTo(422);
                    assertThat(e.getCode()).isEqualTo("SubscriptionChangeNotAllowed");
                    assertThat(e.getMessage()).contains(TRANSFER);
                });
    }

    /** The analyst's one-line change: the license count rule gives a warning instead of refusing. */
    @Test
    void withTheOneLineChangeALicenseCountChangeIsAllowedWithAWarning(@TempDir Path folder) throws IOException {
        Path drl = Path.of("rules", "subscription-changes.drl");
        String text = Files.readString(drl);
        int first = text.indexOf("insert(new IneligibilityReason($change.refusal(), \"QUANTITY_CHANGE_IN_ACTIVE_TRANSFER\"");
        assertThat(first).as("the line the DRL's header tells the analyst to change").isPositive();
        Files.writeString(folder.resolve("subscription-changes.drl"),
                text.substring(0, first) + text.substring(first).replaceFirst("\\$change\\.refusal\\(\\)",
                        "\\$change.warning()"));
        Files.writeString(folder.resolve("concerns.yaml"), "subscription-changes: [subscription-changes.drl]\n");
        RulesEngine warning = new RulesEngine(new RulesProperties(folder, false));
        SubscriptionChangeRules rules = new SubscriptionChangeRules(warning, holding(HELD), mock(DecisionLog.class));

        List<Reason> warnings = rules.require(CALLER, subscription(), List.of(quantity(70)));

        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("QUANTITY_CHANGE_IN_ACTIVE_TRANSFER");
            assertThat(w.message()).contains(TRANSFER);
        });
        // a suspension stays refused
        assertThatThrownBy(() -> rules.require(CALLER, subscription(), List.of(suspension())))
                .isInstanceOf(ApiException.class).hasMessageContaining("cannot be transferred");
    }

    static final Caller CALLER = new Caller("contoso-admin", "partner-contoso", Set.of(Role.ADMIN_AGENT), false);

    static Subscription subscription() {
        Subscription subscription = new Subscription("sub-1");
        subscription.update("customer-1", "partner-contoso", "E3", "Office 365 E3", OfferKind.LICENSE_BASED, null, 60,
                "monthly", SubscriptionStatus.ACTIVE, null);
        return subscription;
    }

    static ActiveTransferLines holding(HeldByTransfer held) {
        return ids -> ids.contains(held.subscriptionId()) ? List.of(new ActiveTransferLine(held.subscriptionId(),
                held.transferId(), held.targetPartnerName(), held.quantity())) : List.of();
    }
}
