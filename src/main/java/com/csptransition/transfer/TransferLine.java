package com.csptransition.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One subscription in a transfer request, as it was when the request was created: later quantity changes on the
 * subscription are not reflected. An add-on's line names its base's line.
 */
@Entity
public class TransferLine {

    @Id
    private String id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "transfer_id")
    private TransferRequest transfer;
    /**
     * The base's line of an add-on, by id: a TransferLine-to-TransferLine association made Hibernate's insert
     * ordering (hibernate.order_inserts) meet a cycle and warn "could not be sorted" on every create with add-ons;
     * the base is inserted first anyway (its line is added first, and one transfer's lines are one batch).
     */
    private String baseLineId;
    private String subscriptionId;
    private String offerId;
    private String friendlyName;
    private String billingCycle;
    private int quantity;
    /** Equals subscriptionId while the request is active; a unique column, so the database refuses a second. */
    private String activeSubscriptionId;
    private String transferredSubscriptionId;
    /** Why the transfer failed (Partner Center's TransferLineItem.transferError); null unless it did. */
    private String transferError;
    @Enumerated(EnumType.STRING)
    @Column(name = "line_status")
    private TransferStatus status;

    protected TransferLine() {
    }

    TransferLine(String id, TransferRequest transfer, TransferLine baseLine, String subscriptionId, String offerId,
            String friendlyName, String billingCycle, int quantity) {
        this.id = id;
        this.transfer = transfer;
        this.baseLineId = baseLine == null ? null : baseLine.getId();
        this.subscriptionId = subscriptionId;
        this.offerId = offerId;
        this.friendlyName = friendlyName;
        this.billingCycle = billingCycle;
        this.quantity = quantity;
        this.activeSubscriptionId = subscriptionId;
        this.status = TransferStatus.Active;
    }

    void end(TransferStatus finalStatus) {
        activeSubscriptionId = null;
        if (status == TransferStatus.Active) {
            status = finalStatus;
        }
    }

    /** The transfer failed: the subscription is free again, and the line says why. */
    void fail(String error) {
        activeSubscriptionId = null;
        status = TransferStatus.Failed;
        transferError = error;
    }

    /** A retry after a failure: the line holds its subscription again. */
    void reopen() {
        activeSubscriptionId = subscriptionId;
        status = TransferStatus.Active;
        transferError = null;
    }

    public void transferredAs(String newSubscriptionId) {
        transferredSubscriptionId = newSubscriptionId;
        status = TransferStatus.Complete;
    }

    public String getId() {
        return id;
    }

    public TransferLine getBaseLine() {
        return baseLineId == null ? null
                : transfer.getLines().stream().filter(line -> line.id.equals(baseLineId)).findFirst().orElseThrow();
    }

    public String getSubscriptionId() {
        return subscriptionId;
    }

    public String getOfferId() {
        return offerId;
    }

    public String getFriendlyName() {
        return friendlyName;
    }

    public String getBillingCycle() {
        return billingCycle;
    }

    public int getQuantity() {
        return quantity;
    }

    public String getTransferredSubscriptionId() {
        return transferredSubscriptionId;
    }

    public String getTransferError() {
        return transferError;
    }

    /** The subscription this line holds while its request is active (the one-active-request rule), else null. */
    public String getActiveSubscriptionId() {
        return activeSubscriptionId;
    }

    public TransferStatus getStatus() {
        return status;
    }
}
