package com.csptransition.customer.subscription;

import com.csptransition.customer.Subscription;
import com.csptransition.customer.subscription.SubscriptionChangeFacts.HeldByTransfer;
import com.csptransition.customer.subscription.SubscriptionChangeFacts.RequestedChange;
import com.csptransition.decision.DecisionLog;
import com.csptransition.identity.Caller;
import com.csptransition.rules.Evaluation;
import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.Reason;
import com.csptransition.rules.RulesEngine;
import com.csptransition.transfer.eligibility.ActiveTransferLines;
import com.csptransition.web.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Asks rules/subscription-changes.drl about a change to a subscription: refused (422 with every reason), allowed with
 * the rules' warnings, or allowed. Each decision is recorded.
 */
@Service
public class SubscriptionChangeRules {

    public static final String DECISION_KIND = "SUBSCRIPTION_CHANGE";

    private final RulesEngine engine;
    private final ActiveTransferLines activeTransfers;
    private final DecisionLog decisions;

    public SubscriptionChangeRules(RulesEngine engine, ActiveTransferLines activeTransfers, DecisionLog decisions) {
        this.engine = engine;
        this.activeTransfers = activeTransfers;
        this.decisions = decisions;
    }

    /** The warnings the rules give; 422 SubscriptionChangeNotAllowed when they refuse one of the changes. */
    public List<Reason> require(Caller caller, Subscription subscription, List<RequestedChange> changes) {
        List<Object> facts = new ArrayList<>(changes);
        activeTransfers.holding(List.of(subscription.getId())).forEach(line -> facts.add(new HeldByTransfer(
                line.subscriptionId(), line.transferId(), line.targetPartnerName(), line.quantity())));
        Evaluation evaluation = engine.evaluate("subscription-changes", facts);
        List<IneligibilityReason> refused = about(evaluation, changes.stream().map(RequestedChange::refusal));
        List<IneligibilityReason> warnings = about(evaluation, changes.stream().map(RequestedChange::warning));
        decisions.record(DECISION_KIND, caller,
                List.of(subscription.getCustomerId(), subscription.getPartnerId(), subscription.getId()),
                !refused.isEmpty() ? "REFUSED" : warnings.isEmpty() ? "ALLOWED" : "ALLOWED_WITH_WARNINGS", evaluation);
        if (!refused.isEmpty()) {
            throw ApiException.refused("SubscriptionChangeNotAllowed", refused);
        }
        return warnings.stream().map(Reason::of).toList();
    }

    private static List<IneligibilityReason> about(Evaluation evaluation, java.util.stream.Stream<String> subjects) {
        Set<String> wanted = subjects.collect(Collectors.toSet());
        return evaluation.reasons().stream().filter(r -> wanted.contains(r.subjectId())).toList();
    }
}
