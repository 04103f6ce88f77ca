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

    static OrderView of(CustomerOrder order) {
        List<Line> lines = order.getLines().stream().map(l -> new Line(l.lineItemNumber(), l.offerId(),
                l.subscriptionId(), l.parentSubscriptionId(), l.quantity(), l.friendlyName(), l.offerKind())).toList();
        String self = "/v1/customers/" + order.getCustomerId() + "/orders/" + order.getId();
        return new OrderView(order.getId(), order.getCustomerId(), order.getBillingCycle(), lines, "completed",
                order.getCreationDate(), new Links(new Link(self, "GET")), Map.of("objectType", "Order"));
    }

    public record Links(Link self) {
    }

    public record Link(String uri, String method) {
    }
}
