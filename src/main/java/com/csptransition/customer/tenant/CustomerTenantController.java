package com.csptransition.customer.tenant;

import com.csptransition.identity.Caller;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** POST /v1/customers (create a tenant) and GET /v1/customers/relationshiprequests, as in Partner Center. */
@RestController
public class CustomerTenantController {

    private final CustomerTenants tenants;

    public CustomerTenantController(CustomerTenants tenants) {
        this.tenants = tenants;
    }

    @PostMapping("/v1/customers")
    @ResponseStatus(HttpStatus.CREATED)
    CustomerBody.Created create(@Valid @RequestBody CustomerBody body, @AuthenticationPrincipal Caller caller) {
        return tenants.create(body, caller);
    }

    @GetMapping("/v1/customers/relationshiprequests")
    CustomerTenants.RelationshipRequest relationshipRequest(@AuthenticationPrincipal Caller caller) {
        return tenants.relationshipRequest(caller);
    }
}
