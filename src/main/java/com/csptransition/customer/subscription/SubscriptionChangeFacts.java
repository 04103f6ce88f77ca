package com.csptransition.customer.subscription;

/** The facts rules/subscription-changes.drl reasons about. */
public final class SubscriptionChangeFacts {

    private SubscriptionChangeFacts() {
    }

    public enum Kind {
        /** A new license count. */
        QUANTITY,
        SUSPEND
    }

    /**
     * One change a partner asks for on one of its subscriptions (newQuantity: for QUANTITY). A reason whose subject is
     * {@link #refusal()} refuses the change; one whose subject is {@link #warning()} lets it through and is told in
     * the answer: which one a rule gives is the analyst's choice.
     */
    public record RequestedChange(Kind kind, String subscriptionId, String offerName, int quantity,
            Integer newQuantity) {

        public String refusal() {
            return kind.name();
        }

        public String warning() {
            return kind.name() + "_WARNING";
        }
    }

    /** The active transfer request that holds the subscription, and the quantity it recorded. */
    public record HeldByTransfer(String subscriptionId, String transferId, String targetPartnerName, int quantity) {
    }
}
