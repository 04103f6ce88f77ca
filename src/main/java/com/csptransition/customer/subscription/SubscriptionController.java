package com.csptransition.customer.subscription;

import com.csptransition.identity.Caller;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** PATCH /v1/customers/{customerId}/subscriptions/{subscriptionId}: Partner Center's subscription update. */
@RestController
public class SubscriptionController {

    private final SubscriptionChanges changes;

    public SubscriptionController(SubscriptionChanges changes) {
        this.changes = changes;
    }

    @PatchMapping("/v1/customers/{customerId}/subscriptions/{subscriptionId}")
    SubscriptionView change(@PathVariable String customerId, @PathVariable String subscriptionId,
            @Valid @RequestBody SubscriptionChanges.Change change, @AuthenticationPrincipal Caller caller) {
        return changes.change(customerId, subscriptionId, change, caller);
    }
}
