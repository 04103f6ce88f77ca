package com.csptransition.customer.subscription;

import com.csptransition.identity.Caller;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Partner Center's subscriptions of a customer: list them, read one, update one (license count, suspension). */
@RestController
public class SubscriptionController {

    private static final String SUBSCRIPTIONS = "/v1/customers/{customerId}/subscriptions";

    private final CustomerSubscriptions subscriptions;
    private final SubscriptionChanges changes;

    public SubscriptionController(CustomerSubscriptions subscriptions, SubscriptionChanges changes) {
        this.subscriptions = subscriptions;
        this.changes = changes;
    }

    /** Partner Center's resource collection, in its field order. */
    record Collection(int totalCount, List<SubscriptionView> items, Map<String, SubscriptionView.Link> links,
            Map<String, String> attributes) {
    }

    @GetMapping(SUBSCRIPTIONS)
    Collection list(@PathVariable String customerId, @AuthenticationPrincipal Caller caller) {
        List<SubscriptionView> items = subscriptions.list(customerId, caller);
        return new Collection(items.size(), items,
                Map.of("self", SubscriptionView.Link.get("/v1/customers/" + customerId + "/subscriptions")),
                Map.of("objectType", "Collection"));
    }

    @GetMapping(SUBSCRIPTIONS + "/{subscriptionId}")
    SubscriptionView get(@PathVariable String customerId, @PathVariable String subscriptionId,
            @AuthenticationPrincipal Caller caller) {
        return subscriptions.find(customerId, subscriptionId, caller);
    }

    @PatchMapping(SUBSCRIPTIONS + "/{subscriptionId}")
    SubscriptionView change(@PathVariable String customerId, @PathVariable String subscriptionId,
            @Valid @RequestBody SubscriptionChanges.Change change, @AuthenticationPrincipal Caller caller) {
        return changes.change(customerId, subscriptionId, change, caller);
    }
}
