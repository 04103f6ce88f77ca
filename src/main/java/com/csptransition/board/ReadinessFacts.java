package com.csptransition.board;

/**
 * Facts of the transition-readiness concern (rules/transition-readiness.drl): what the service already knows of one
 * customer of the transitioning partner, toward one indirect provider. The rules decide readiness and the next
 * actions from them; Java only gathers them.
 */
public final class ReadinessFacts {

    private ReadinessFacts() {
    }

    /** The customer whose way to the provider is decided, and the provider (its name for the messages). */
    public record BoardCustomer(String id, String name, String partnerName, String providerId, String providerName) {
    }

    /** A reason the transfer-eligibility decision gave, about the partner, the provider, the customer or a subscription. */
    public record EligibilityFinding(String subjectId, String code, String message) {
    }

    /**
     * One of the partner's base subscriptions for the customer as the eligibility decision answered it; transferred:
     * a completed transfer already moved it (a license-based one stays listed, suspended).
     */
    public record SubscriptionAnswer(String id, boolean eligible, boolean transferred) {
    }

    /** A request of the partner for the customer that has not ended, and the step it waits on. */
    public record OpenRequest(String id, String providerName, Stage stage) {
    }

    /** A request that moved the customer's subscriptions, verified by both sides. */
    public record CompletedTransfer(String id, String providerName) {
    }

    /** The step an open request waits on, and so who must act. */
    public enum Stage {
        /** the provider must accept or reject it; the partner may still withdraw it */
        AWAITING_REVIEW,
        /** accepted: the transfer job is moving the subscriptions */
        TRANSFERRING,
        /** transferred: the provider must verify */
        AWAITING_PROVIDER_VERIFICATION,
        /** transferred and verified by the provider: the partner must verify */
        AWAITING_PARTNER_VERIFICATION
    }
}
