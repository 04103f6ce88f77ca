package com.csptransition.customer.order;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Partner Center's Order as it answers a placed order; each line names the subscription it created. */
public record OrderView(String id, String referenceCustomerId, String billingCycle, List<CustomerOrder.Line> lineItems,
        String status, Instant creationDate, Links links, Map<String, String> attributes) {

    static OrderView of(CustomerOrder order) {
        String self = "/v1/customers/" + order.getCustomerId() + "/orders/" + order.getId();
        return new OrderView(order.getId(), order.getCustomerId(), order.getBillingCycle(), order.getLines(), "completed",
                order.getCreationDate(), new Links(new Link(self, "GET")), Map.of("objectType", "Order"));
    }

    public record Links(Link self) {
    }

    public record Link(String uri, String method) {
    }
}
