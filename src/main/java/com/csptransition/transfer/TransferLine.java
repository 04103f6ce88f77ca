package com.csptransition.transfer;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One subscription in a transfer request, with the quantity it had when the request was created. */
@Entity
public class TransferLine {

    @Id
    private String id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "transfer_id")
    private TransferRequest transfer;
    private String subscriptionId;
    private int quantity;
    /** Equals subscriptionId while the request is active; a unique column, so the database refuses a second. */
    private String activeSubscriptionId;

    protected TransferLine() {
    }

    TransferLine(String id, TransferRequest transfer, String subscriptionId, int quantity) {
        this.id = id;
        this.transfer = transfer;
        this.subscriptionId = subscriptionId;
        this.quantity = quantity;
        this.activeSubscriptionId = subscriptionId;
    }

    void release() {
        activeSubscriptionId = null;
    }

    public String getId() {
        return id;
    }

    public String getSubscriptionId() {
        return subscriptionId;
    }

    public int getQuantity() {
        return quantity;
    }
}
