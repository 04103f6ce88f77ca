package com.csptransition.customer.subscription;

import com.csptransition.customer.OfferKind;
import com.csptransition.customer.Subscription;
import com.csptransition.customer.SubscriptionStatus;
import com.csptransition.rules.Reason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Partner Center's Subscription, the fields this service knows (an add-on names its base in parentSubscriptionId;
 * entitlementId is an Azure subscription's Azure subscription id), and ours beside them: the offer's kind, the Azure
 * subscription id a transfer keeps, the partner of record, and the warnings of the rules about a change just made.
 */
public record SubscriptionView(String id, String entitlementId, String offerId, String offerName, String friendlyName,
        int quantity, String status, String billingCycle, String parentSubscriptionId, Map<String, Link> links,
        Map<String, String> attributes, OfferKind offerKind, String azureSubscriptionId, String partnerId,
        List<Reason> warnings) {

    /** Partner Center's link: where a related resource is and how to ask for it. */
    public record Link(String uri, String method, List<String> headers) {

        static Link get(String uri) {
            return new Link(uri, "GET", List.of());
        }
    }

    /** parentSubscriptionId: the base, as stored or, for a provider's copy of an add-on, as the transfer made it. */
    static SubscriptionView of(Subscription s, String parentSubscriptionId) {
        String customer = "/v1/customers/" + s.getCustomerId() + "/subscriptions/";
        Map<String, Link> links = new LinkedHashMap<>();
        links.put("self", Link.get(customer + s.getId()));
        if (parentSubscriptionId != null) {
            links.put("parentSubscription", Link.get(customer + parentSubscriptionId));
        }
        return new SubscriptionView(s.getId(), s.getAzureSubscriptionId(), s.getOfferId(), s.getOfferName(),
                s.getOfferName(), s.getQuantity(), status(s.getStatus()), s.getBillingCycle(), parentSubscriptionId,
                links, Map.of("objectType", "Subscription"), s.getOfferKind(), s.getAzureSubscriptionId(),
                s.getPartnerId(), null);
    }

    /** Partner Center's statuses are lower case: "active", "suspended". */
    private static String status(SubscriptionStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }

    SubscriptionView withWarnings(List<Reason> reasons) {
        return new SubscriptionView(id, entitlementId, offerId, offerName, friendlyName, quantity, status, billingCycle,
                parentSubscriptionId, links, attributes, offerKind, azureSubscriptionId, partnerId,
                reasons.isEmpty() ? null : List.copyOf(reasons));
    }
}
