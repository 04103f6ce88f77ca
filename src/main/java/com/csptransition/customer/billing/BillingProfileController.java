package com.csptransition.customer.billing;

import com.csptransition.identity.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Partner Center's "Get a customer's billing profile". */
@RestController
public class BillingProfileController {

    private final BillingProfiles profiles;

    public BillingProfileController(BillingProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/v1/customers/{customerTenantId}/profiles/billing")
    CustomerBillingProfile billing(@PathVariable String customerTenantId, @AuthenticationPrincipal Caller caller) {
        return profiles.of(customerTenantId, caller);
    }
}
