package com.csptransition.customer.subscription;

import com.csptransition.customer.Subscription;
import java.util.Map;

/** Partner Center's Subscription, the fields this service knows. */
public record SubscriptionView(String id, String offerId, String offerName, String friendlyName, int quantity,
        String status, String billingCycle, String parentSubscriptionId, String partnerId,
        Map<String, String> attributes) {

    static SubscriptionView of(Subscription s) {
        return new SubscriptionView(s.getId(), s.getOfferId(), s.getOfferName(), s.getOfferName(), s.getQuantity(),
                s.getStatus().name().toLowerCase(), s.getBillingCycle(), s.getBaseSubscriptionId(), s.getPartnerId(),
                Map.of("objectType", "Subscription"));
    }
}
