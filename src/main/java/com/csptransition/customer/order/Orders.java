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
import com.csptransition.identity.Action;
import com.csptransition.identity.Caller;
import com.csptransition.identity.WhoMayAct;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import com.csptransition.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
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
    private final CustomerOrderRepository orders;
    private final CapabilityRules capabilities;
    private final Clock clock;
    private final WhoMayAct whoMayAct;

    public Orders(CustomerRepository customers, PartnerRepository partners, SubscriptionRepository subscriptions,
            CustomerOrderRepository orders, CapabilityRules capabilities, Clock clock, WhoMayAct whoMayAct) {
        this.customers = customers;
        this.partners = partners;
        this.subscriptions = subscriptions;
        this.orders = orders;
        this.capabilities = capabilities;
        this.clock = clock;
        this.whoMayAct = whoMayAct;
    }

    @Transactional
    public OrderView place(String customerId, OrderBody order, Caller caller) {
        String organisation = caller.requireOrganisation();
        whoMayAct.require(caller, Action.PLACE_ORDER);
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
        capabilities.require(caller, partner, CustomerCapabilities.of(customer), needed,
                customer.getMcaAcceptances().toArray()); // "all customers ... must sign the MCA"
        String billingCycle = order.billingCycle() == null ? "monthly" : order.billingCycle();
        CustomerOrder placed = new CustomerOrder(UUID.randomUUID().toString(), customerId, organisation, billingCycle,
                Instant.now(clock));
        for (OrderBody.Line line : order.lineItems()) {
            OfferKind kind = line.offerKind();
            Subscription subscription = new Subscription(UUID.randomUUID().toString());
            subscription.update(customerId, organisation, line.offerId(), line.friendlyName(), kind,
                    line.parentSubscriptionId(), line.quantity(), billingCycle, SubscriptionStatus.ACTIVE,
                    kind.isAzureSubscription() ? UUID.randomUUID().toString() : null);
            subscriptions.save(subscription);
            placed.add(new CustomerOrder.Line(line.lineItemNumber(), line.offerId(), subscription.getId(),
                    line.parentSubscriptionId(), line.quantity(), line.friendlyName(), kind));
        }
        return OrderView.of(orders.save(placed));
    }

    /** The order history: the caller's orders for the customer, if the rules let it manage order history. */
    @Transactional
    public List<OrderView> history(String customerId, Caller caller) {
        requireOrderHistory(customerId, caller);
        return orders.findByCustomerIdAndPartnerIdOrderByCreationDateDesc(customerId, caller.organisationId()).stream()
                .map(OrderView::of).toList();
    }

    @Transactional
    public OrderView find(String customerId, String orderId, Caller caller) {
        requireOrderHistory(customerId, caller);
        return orders.findByIdAndCustomerIdAndPartnerId(orderId, customerId, caller.organisationId()).map(OrderView::of)
                .orElseThrow(() -> ApiException.notFound("OrderNotFound", "No order " + orderId + " of yours for customer "
                        + customerId + "."));
    }

    private void requireOrderHistory(String customerId, Caller caller) {
        String organisation = caller.requireOrganisation();
        Customer customer = customers.servedBy(customerId, organisation);
        capabilities.require(caller, partners.acting(organisation), CustomerCapabilities.of(customer),
                Set.of(Capability.MANAGE_ORDER_HISTORY));
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
