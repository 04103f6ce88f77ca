package com.csptransition.customer.order;

import com.csptransition.customer.OfferKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An order a partner placed for a customer: its order history. Each line created one subscription. */
@Entity
@Table(name = "customer_order")
public class CustomerOrder {

    @Id
    private String id;
    private String customerId;
    private String partnerId;
    private String billingCycle;
    private Instant creationDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderBy("lineItemNumber")
    private List<Line> lines = new ArrayList<>();

    protected CustomerOrder() {
    }

    CustomerOrder(String id, String customerId, String partnerId, String billingCycle, Instant creationDate) {
        this.id = id;
        this.customerId = customerId;
        this.partnerId = partnerId;
        this.billingCycle = billingCycle;
        this.creationDate = creationDate;
    }

    @Embeddable
    public record Line(int lineItemNumber, String offerId, String subscriptionId, String parentSubscriptionId,
            int quantity, String friendlyName, @Enumerated(EnumType.STRING) @Column(name = "offer_kind") OfferKind offerKind) {
    }

    void add(Line line) {
        lines.add(line);
    }

    public String getId() {
        return id;
    }

    public String getCustomerId() {
        return customerId;
    }

    public String getPartnerId() {
        return partnerId;
    }

    public String getBillingCycle() {
        return billingCycle;
    }

    public Instant getCreationDate() {
        return creationDate;
    }

    public List<Line> getLines() {
        return List.copyOf(lines);
    }
}
