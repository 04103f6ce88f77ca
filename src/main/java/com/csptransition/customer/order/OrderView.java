package com.csptransition.customer.order;

import com.csptransition.customer.OfferKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Partner Center's Order as it answers a placed order; each line names the subscription it created. */
public record OrderView(String id, String referenceCustomerId, String billingCycle, List<Line> lineItems,
        String status, Instant creationDate, Links links, Map<String, String> attributes) {

    public record Line(int lineItemNumber, String offerId, String subscriptionId, String parentSubscriptionId,
            int quantity, String friendlyName, OfferKind offerKind) {
    }

    public record Links(Link self) {
    }

    public record Link(String uri, String method) {
    }
}
