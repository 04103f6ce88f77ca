package com.csptransition.transfer.eligibility;

import com.csptransition.customer.OfferKind;
import com.csptransition.customer.SubscriptionStatus;

/** Fact: one of the partner's subscriptions for the customer; an add-on names its base. */
public record TransferCandidate(String id, String offerId, String offerName, OfferKind offerKind,
        SubscriptionStatus status, String baseSubscriptionId, boolean inActiveTransfer) {
}
