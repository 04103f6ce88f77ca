package com.csptransition.board;

import com.csptransition.board.ReadinessFacts.Stage;
import com.csptransition.rules.Reason;
import java.time.Instant;
import java.util.List;

/**
 * One customer of the transitioning partner toward one indirect provider, as the board shows it: the facts, and
 * what the rules decided (readiness, its message, the next actions).
 */
public record BoardRow(String customerId, String customerName, String providerId, String providerName,
        List<String> movedTo, String mca, String readiness, String readinessMessage, List<Reason> nextActions,
        List<SubscriptionLine> subscriptions, List<Request> openRequests, List<Request> completedTransfers) {

    /** A base subscription of the partner, the eligibility decision's answer with every reason, its add-ons. */
    public record SubscriptionLine(String id, String offerName, int quantity, String status, boolean eligible,
            boolean transferred, List<Reason> reasons, List<String> addOnIds) {

        /** What a request for the customer would move: eligible, and not moved already. */
        public boolean movable() {
            return eligible && !transferred;
        }
    }

    /** A request of the partner for the customer; stage null: it has ended. */
    public record Request(String id, String status, Stage stage, String providerName, Instant createdTime) {
    }

    public boolean ready() {
        return "READY".equals(readiness);
    }

    /** The next action of this code, if the rules gave it (the page offers the action's form). */
    public boolean next(String code) {
        return nextActions.stream().anyMatch(r -> r.code().equals(code));
    }
}
