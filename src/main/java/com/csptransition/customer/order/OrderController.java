package com.csptransition.customer.order;

import com.csptransition.identity.Caller;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** POST /v1/customers/{customerId}/orders, as Partner Center's "create an order for a customer". */
@RestController
public class OrderController {

    private final Orders orders;

    public OrderController(Orders orders) {
        this.orders = orders;
    }

    @PostMapping("/v1/customers/{customerId}/orders")
    @ResponseStatus(HttpStatus.CREATED)
    OrderView place(@PathVariable String customerId, @Valid @RequestBody OrderBody order,
            @AuthenticationPrincipal Caller caller) {
        return orders.place(customerId, order, caller);
    }
}
