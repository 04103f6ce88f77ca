package com.csptransition.transfer.eligibility;

import com.csptransition.customer.OfferKind;

/** Fact of the transfer-effects concern: a subscription the transfer step is moving now. */
public record TransferredSubscription(String id, OfferKind offerKind, String offerId) {
}
