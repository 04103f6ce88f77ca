package com.csptransition.customer.subscription;

import static com.csptransition.web.InputLimits.MAX_QUANTITY;

import com.csptransition.customer.Customer;
import com.csptransition.customer.CustomerRepository;
import com.csptransition.customer.Subscription;
import com.csptransition.customer.capability.Capability;
import com.csptransition.customer.capability.CapabilityRules;
import com.csptransition.customer.capability.CustomerCapabilities;
import com.csptransition.customer.subscription.SubscriptionChangeFacts.Kind;
import com.csptransition.customer.subscription.SubscriptionChangeFacts.RequestedChange;
import com.csptransition.identity.Action;
import com.csptransition.identity.Caller;
import com.csptransition.identity.WhoMayAct;
import com.csptransition.partner.PartnerRepository;
import com.csptransition.rules.Reason;
import com.csptransition.web.ApiException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to an existing subscription of the caller's partner: its license count and suspension. The capability
 * rules are asked first (they allow both even to a restricted direct bill partner), then the subscription change
 * rules (a subscription an active transfer request holds); the answer carries their warnings.
 */
@Service
public class SubscriptionChanges {

    private final CustomerRepository customers;
    private final PartnerRepository partners;
    private final CapabilityRules capabilities;
    private final SubscriptionChangeRules changeRules;
    private final CustomerSubscriptions customerSubscriptions;
    private final SubscriptionViews views;
    private final WhoMayAct whoMayAct;

    public SubscriptionChanges(CustomerRepository customers, PartnerRepository partners, CapabilityRules capabilities,
            SubscriptionChangeRules changeRules, CustomerSubscriptions customerSubscriptions, SubscriptionViews views,
            WhoMayAct whoMayAct) {
        this.customers = customers;
        this.partners = partners;
        this.capabilities = capabilities;
        this.changeRules = changeRules;
        this.customerSubscriptions = customerSubscriptions;
        this.views = views;
        this.whoMayAct = whoMayAct;
    }

    public record Change(@Min(1) @Max(MAX_QUANTITY) Integer quantity, String status) {
    }

    @Transactional
    public SubscriptionView change(String customerId, String subscriptionId, Change change, Caller caller) {
        String organisation = caller.requireOrganisation();
        whoMayAct.require(caller, Action.CHANGE_SUBSCRIPTION);
        Customer customer = customers.servedBy(customerId, organisation);
        Subscription subscription = customerSubscriptions.toChange(customer, subscriptionId, organisation);
        boolean suspend = "suspended".equalsIgnoreCase(change.status());
        if (change.status() != null && !suspend && !"active".equalsIgnoreCase(change.status())) {
            throw ApiException.invalidInput("status must be \"active\" or \"suspended\", not \"" + change.status() + "\".");
        }
        boolean newQuantity = change.quantity() != null && change.quantity() != subscription.getQuantity();
        if (change.quantity() != null && change.quantity() < 1) {
            throw ApiException.invalidInput("quantity must be at least 1.");
        }
        Set<Capability> needed = EnumSet.noneOf(Capability.class);
        if (newQuantity) {
            needed.add(Capability.CHANGE_LICENSE_COUNTS);
        }
        if (suspend) {
            needed.add(Capability.SUSPEND_SUBSCRIPTIONS);
        }
        List<Reason> warnings = List.of();
        if (!needed.isEmpty()) {
            capabilities.require(caller, partners.acting(organisation), CustomerCapabilities.of(customer), needed);
            List<RequestedChange> requested = new ArrayList<>();
            if (newQuantity) {
                requested.add(new RequestedChange(Kind.QUANTITY, subscription.getId(), subscription.getOfferName(),
                        subscription.getQuantity(), change.quantity()));
            }
            if (suspend) {
                requested.add(new RequestedChange(Kind.SUSPEND, subscription.getId(), subscription.getOfferName(),
                        subscription.getQuantity(), null));
            }
            warnings = changeRules.require(caller, subscription, requested);
        }
        if (newQuantity) {
            subscription.changeQuantity(change.quantity());
        }
        if (suspend) {
            subscription.suspend();
        }
        return views.of(subscription).withWarnings(warnings);
    }
}
