package com.csptransition.customer.order;

import com.csptransition.identity.Caller;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Partner Center's orders of a customer: place one, list the history, read one. */
@RestController
public class OrderController {

    private final Orders orders;

    public OrderController(Orders orders) {
        this.orders = orders;
    }

    /** Partner Center's order list: {totalCount, items, attributes}. */
    @GetMapping("/v1/customers/{customerId}/orders")
    Map<String, Object> history(@PathVariable String customerId, @AuthenticationPrincipal Caller caller) {
        List<OrderView> items = orders.history(customerId, caller);
        return Map.of("totalCount", items.size(), "items", items, "attributes", Map.of("objectType", "Collection"));
    }

    @GetMapping("/v1/customers/{customerId}/orders/{orderId}")
    OrderView order(@PathVariable String customerId, @PathVariable String orderId, @AuthenticationPrincipal Caller caller) {
        return orders.find(customerId, orderId, caller);
    }

    @PostMapping("/v1/customers/{customerId}/orders")
    @ResponseStatus(HttpStatus.CREATED)
    OrderView place(@PathVariable String customerId, @Valid @RequestBody OrderBody order,
            @AuthenticationPrincipal Caller caller) {
        return orders.place(customerId, order, caller);
    }
}
