package com.csptransition.customer.subscription;

import com.csptransition.customer.Subscription;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Shows subscriptions as Partner Center's Subscription, add-ons with their base. */
@Component
class SubscriptionViews {

    SubscriptionView of(Subscription subscription) {
        return list(List.of(subscription)).get(0);
    }

    /** The subscriptions in id order, each base followed by its add-ons ("add-ons appear with their base"). */
    List<SubscriptionView> list(List<Subscription> subscriptions) {
        // a provider's copy of an add-on is an add-on of the copy of its base (transfer.process.ApplyTransfer)
        Map<String, String> parents = new LinkedHashMap<>();
        subscriptions.stream().filter(s -> s.getBaseSubscriptionId() != null)
                .forEach(s -> parents.put(s.getId(), s.getBaseSubscriptionId()));
        Set<String> listed = subscriptions.stream().map(Subscription::getId).collect(Collectors.toSet());
        List<Subscription> sorted = subscriptions.stream().sorted(Comparator.comparing(Subscription::getId)).toList();
        Map<String, List<Subscription>> addOnsOfListedBases = sorted.stream()
                .filter(s -> listed.contains(parents.get(s.getId())))
                .collect(Collectors.groupingBy(s -> parents.get(s.getId())));
        List<SubscriptionView> views = new ArrayList<>(subscriptions.size());
        for (Subscription s : sorted) {
            String parent = parents.get(s.getId());
            if (parent != null && listed.contains(parent)) {
                continue; // shown right after its base
            }
            views.add(SubscriptionView.of(s, parent));
            addOnsOfListedBases.getOrDefault(s.getId(), List.of())
                    .forEach(addOn -> views.add(SubscriptionView.of(addOn, s.getId())));
        }
        return views;
    }
}
