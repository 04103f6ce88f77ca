package com.csptransition.customer.subscription;

import com.csptransition.customer.Customer;
import com.csptransition.customer.CustomerRepository;
import com.csptransition.customer.Subscription;
import com.csptransition.customer.SubscriptionRepository;
import com.csptransition.customer.SubscriptionStatus;
import com.csptransition.identity.Action;
import com.csptransition.identity.Caller;
import com.csptransition.identity.WhoMayAct;
import com.csptransition.web.ApiException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's subscriptions as the caller's partner holds them: what each side checks when it verifies a transfer.
 * The transitioning partner sees its license-based sources suspended and no longer its Azure ones ("it will no longer
 * be listed"); the provider sees its copies, the Azure one with the Azure subscription id it kept.
 */
@Service
public class CustomerSubscriptions {

    private final CustomerRepository customers;
    private final SubscriptionRepository subscriptions;
    private final SubscriptionViews views;
    private final WhoMayAct whoMayAct;

    public CustomerSubscriptions(CustomerRepository customers, SubscriptionRepository subscriptions,
            SubscriptionViews views, WhoMayAct whoMayAct) {
        this.customers = customers;
        this.subscriptions = subscriptions;
        this.views = views;
        this.whoMayAct = whoMayAct;
    }

    /** The caller's partner's subscriptions of a customer it serves (another's: 404), add-ons with their base. */
    @Transactional(readOnly = true)
    public List<SubscriptionView> list(String customerId, Caller caller) {
        Customer customer = served(customerId, caller);
        return views.list(subscriptions.listed(customer.getId(), caller.organisationId()));
    }

    /** One of them; a subscription of another partner, or no longer listed, is 404 like an unknown one. */
    @Transactional(readOnly = true)
    public SubscriptionView find(String customerId, String subscriptionId, Caller caller) {
        Customer customer = served(customerId, caller);
        return subscriptions.findById(subscriptionId)
                .filter(s -> s.getCustomerId().equals(customer.getId()))
                .filter(s -> s.getPartnerId().equals(caller.organisationId()))
                .filter(s -> s.getStatus() != SubscriptionStatus.TRANSFERRED)
                .map(views::of)
                .orElseThrow(() -> notFound(customerId, subscriptionId));
    }

    private Customer served(String customerId, Caller caller) {
        whoMayAct.require(caller, Action.VIEW_SUBSCRIPTIONS);
        return customers.servedBy(customerId, caller.requireOrganisation());
    }

    static ApiException notFound(String customerId, String subscriptionId) {
        return ApiException.notFound("SubscriptionNotFound",
                "No subscription " + subscriptionId + " of yours for customer " + customerId + ".");
    }

    /** The caller's partner's subscription of the customer, for a change; 404 otherwise. */
    Subscription toChange(Customer customer, String subscriptionId, String organisation) {
        return subscriptions.findById(subscriptionId)
                .filter(s -> s.getCustomerId().equals(customer.getId()) && s.getPartnerId().equals(organisation))
                .orElseThrow(() -> notFound(customer.getId(), subscriptionId));
    }
}
