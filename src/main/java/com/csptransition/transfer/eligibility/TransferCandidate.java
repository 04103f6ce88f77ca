package com.csptransition.transfer.eligibility;

import com.csptransition.customer.OfferKind;
import com.csptransition.customer.SubscriptionStatus;

/**
 * Fact: one of the partner's subscriptions for the customer; an add-on names its base. activeTransferId: the active
 * transfer request that already holds it (null: none), named in the reason so that the partner can withdraw it.
 */
public record TransferCandidate(String id, String offerId, String offerName, OfferKind offerKind,
        SubscriptionStatus status, String baseSubscriptionId, String activeTransferId) {
}
