package com.csptransition.customer.capability;

import com.csptransition.identity.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** GET /v1/customers/{id}: the customer, how it was acquired, and what the caller's partner may do for it. */
@RestController
public class CustomerController {

    private final CustomerCapabilities capabilities;

    public CustomerController(CustomerCapabilities capabilities) {
        this.capabilities = capabilities;
    }

    @GetMapping("/v1/customers/{customerTenantId}")
    CustomerView customer(@PathVariable String customerTenantId, @AuthenticationPrincipal Caller caller) {
        return capabilities.view(customerTenantId, caller);
    }
}
