package com.csptransition.customer.order;

import com.csptransition.customer.Customer;
import com.csptransition.customer.CustomerRepository;
import com.csptransition.customer.OfferKind;
import com.csptransition.customer.Subscription;
import com.csptransition.customer.SubscriptionRepository;
import com.csptransition.customer.SubscriptionStatus;
import com.csptransition.customer.capability.Capability;
import com.csptransition.customer.capability.CapabilityRules;
import com.csptransition.customer.capability.CustomerCapabilities;
import com.csptransition.identity.Caller;
import com.csptransition.identity.Role;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import com.csptransition.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placing an order for a customer: each line becomes a subscription of the ordering partner. The capability rules
 * decide first whether this partner may order for this customer (the provider orders for indirect reseller
 * customers; a restricted direct bill partner makes no new purchases).
 */
@Service
public class Orders {

    private final CustomerRepository customers;
    private final PartnerRepository partners;
    private final SubscriptionRepository subscriptions;
    private final CapabilityRules capabilities;
    private final Clock clock;

    public Orders(CustomerRepository customers, PartnerRepository partners, SubscriptionRepository subscriptions,
            CapabilityRules capabilities, Clock clock) {
        this.customers = customers;
        this.partners = partners;
        this.subscriptions = subscriptions;
        this.capabilities = capabilities;
        this.clock = clock;
    }

    @Transactional
    public OrderView place(String customerId, OrderBody order, Caller caller) {
        String organisation = caller.requireOrganisation();
        caller.requireRole(Role.ADMIN_AGENT, Role.SALES_AGENT);
        Customer customer = customers.servedBy(customerId, organisation);
        Partner partner = partners.acting(organisation);
        Set<Capability> needed = EnumSet.of(Capability.CREATE_ORDERS);
        for (OrderBody.Line line : order.lineItems()) {
            needed.add(capabilityFor(line));
            if (line.parentSubscriptionId() != null) {
                subscriptions.findById(line.parentSubscriptionId())
                        .filter(base -> base.getCustomerId().equals(customerId) && base.getPartnerId().equals(organisation))
                        .filter(base -> base.getStatus() == SubscriptionStatus.ACTIVE)
                        .orElseThrow(() -> ApiException.invalidInput("Line " + line.lineItemNumber()
                                + ": no active subscription " + line.parentSubscriptionId() + " of yours for this customer to add on to."));
            }
        }
        capabilities.require(caller, partner, CustomerCapabilities.of(customer), needed);
        String billingCycle = order.billingCycle() == null ? "monthly" : order.billingCycle();
        List<OrderView.Line> lines = new ArrayList<>();
        for (OrderBody.Line line : order.lineItems()) {
            OfferKind kind = line.offerKind() == null ? OfferKind.LICENSE_BASED : line.offerKind();
            Subscription subscription = new Subscription(UUID.randomUUID().toString());
            subscription.update(customerId, organisation, line.offerId(), line.friendlyName(), kind,
                    line.parentSubscriptionId(), line.quantity(), billingCycle, SubscriptionStatus.ACTIVE,
                    kind == OfferKind.AZURE_PAYG ? UUID.randomUUID().toString() : null);
            subscriptions.save(subscription);
            lines.add(new OrderView.Line(line.lineItemNumber(), line.offerId(), subscription.getId(),
                    line.parentSubscriptionId(), line.quantity(), line.friendlyName(), kind));
        }
        String id = UUID.randomUUID().toString();
        return new OrderView(id, customerId, billingCycle, lines, "completed", Instant.now(clock),
                new OrderView.Links(new OrderView.Link("/v1/customers/" + customerId + "/orders/" + id, "GET")),
                Map.of("objectType", "Order"));
    }

    /** Which capability a line needs besides placing an order at all. */
    static Capability capabilityFor(OrderBody.Line line) {
        if (line.parentSubscriptionId() != null) {
            return Capability.ADD_ADDONS;
        }
        if (line.offerKind() == OfferKind.SOFTWARE) {
            return Capability.PURCHASE_SOFTWARE;
        }
        if (line.offerKind() == OfferKind.AZURE_RESERVED_INSTANCE) {
            return Capability.MANAGE_AZURE_RESERVATIONS;
        }
        return Capability.CREATE_ORDERS;
    }
}
