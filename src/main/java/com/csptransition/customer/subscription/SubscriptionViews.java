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

    private final TransferredCopies copies;

    SubscriptionViews(TransferredCopies copies) {
        this.copies = copies;
    }

    SubscriptionView of(Subscription subscription) {
        return list(List.of(subscription)).get(0);
    }

    /** The subscriptions in id order, each base followed by its add-ons ("add-ons appear with their base"). */
    List<SubscriptionView> list(List<Subscription> subscriptions) {
        Map<String, String> parents = parents(subscriptions);
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

    /** Each add-on's base: stored, or for a provider's copy, the copy of its base. */
    private Map<String, String> parents(List<Subscription> subscriptions) {
        Map<String, String> parents = new LinkedHashMap<>();
        List<String> withoutBase = new ArrayList<>();
        for (Subscription s : subscriptions) {
            if (s.getBaseSubscriptionId() != null) {
                parents.put(s.getId(), s.getBaseSubscriptionId());
            } else {
                withoutBase.add(s.getId());
            }
        }
        if (!withoutBase.isEmpty()) {
            copies.addOnsAmong(withoutBase).forEach(c -> parents.put(c.copyId(), c.baseCopyId()));
        }
        return parents;
    }
}
