package com.csptransition.customer;

import com.csptransition.web.ApiException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.http.HttpStatus;

/** A customer's subscription, owned by one partner; an add-on names its base subscription. */
@Entity
public class Subscription implements Persistable<String> {

    @Id
    private String id;
    private String customerId;
    private String partnerId;
    private String offerId;
    private String offerName;
    @Enumerated(EnumType.STRING)
    private OfferKind offerKind;
    private String baseSubscriptionId;
    private int quantity;
    private String billingCycle;
    @Enumerated(EnumType.STRING)
    private SubscriptionStatus status;
    private String azureSubscriptionId;
    /** Made here with a new id: saved with an insert, not merged (a select first, per row of a big import). */
    @Transient
    private boolean created;

    protected Subscription() {
    }

    public Subscription(String id) {
        this.id = id;
        this.created = true;
    }

    /**
     * A copy read for deciding only, not managed (a query's {@code select new}): reading a partner's hundreds of
     * thousands this way costs a fraction of loading them as entities.
     */
    public Subscription(String id, String customerId, String partnerId, String offerId, String offerName,
            OfferKind offerKind, String baseSubscriptionId, int quantity, String billingCycle,
            SubscriptionStatus status, String azureSubscriptionId) {
        this.id = id;
        update(customerId, partnerId, offerId, offerName, offerKind, baseSubscriptionId, quantity, billingCycle, status,
                azureSubscriptionId);
    }

    @Override
    public boolean isNew() {
        return created;
    }

    @PostLoad
    @PostPersist
    void stored() {
        created = false;
    }

    public void update(String customerId, String partnerId, String offerId, String offerName, OfferKind offerKind,
            String baseSubscriptionId, int quantity, String billingCycle, SubscriptionStatus status,
            String azureSubscriptionId) {
        this.customerId = customerId;
        this.partnerId = partnerId;
        this.offerId = offerId;
        this.offerName = offerName;
        this.offerKind = offerKind;
        this.baseSubscriptionId = baseSubscriptionId;
        this.quantity = quantity;
        this.billingCycle = billingCycle;
        this.status = status;
        this.azureSubscriptionId = azureSubscriptionId;
    }

    /**
     * The indirect provider's copy made by a transfer of the partner's active subscription: a new subscription id and
     * the quantity the request recorded; an Azure subscription keeps its Azure subscription id. An add-on's copy is an
     * add-on of its base's copy, {@code newBaseSubscriptionId} (null for a base subscription).
     */
    public Subscription transferredTo(String newId, String fromPartnerId, String providerId, int snapshotQuantity,
            String newBaseSubscriptionId) {
        requireActive("transfer it"); // suspended, or moved, since the request was made
        if (!partnerId.equals(fromPartnerId)) {
            throw new ApiException(HttpStatus.CONFLICT, "SubscriptionNotActive", null,
                    "Subscription " + id + " is no longer " + fromPartnerId + "'s: it cannot be transferred.");
        }
        Subscription copy = new Subscription(newId);
        copy.update(customerId, providerId, offerId, offerName, offerKind, newBaseSubscriptionId, snapshotQuantity,
                billingCycle, SubscriptionStatus.ACTIVE, azureSubscriptionId);
        return copy;
    }

    /** Does to this, the partner's subscription, what the transfer rules say a transfer does to its offer. */
    public void retireAfterTransfer(TransferEffect effect) {
        status = switch (effect) {
            case SUSPENDED -> SubscriptionStatus.SUSPENDED;
            case NO_LONGER_LISTED -> SubscriptionStatus.TRANSFERRED;
        };
    }

    /** A partner changes the license count of an active subscription (allowed even to a restricted partner). */
    public void changeQuantity(int newQuantity) {
        requireActive("change its license count");
        quantity = newQuantity;
    }

    public void suspend() {
        requireActive("suspend it");
        status = SubscriptionStatus.SUSPENDED;
    }

    private void requireActive(String action) {
        if (status != SubscriptionStatus.ACTIVE) {
            throw new ApiException(HttpStatus.CONFLICT, "SubscriptionNotActive", null,
                    "Subscription " + id + " is " + status + ": you cannot " + action + ".");
        }
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

    public String getOfferId() {
        return offerId;
    }

    public String getOfferName() {
        return offerName;
    }

    public OfferKind getOfferKind() {
        return offerKind;
    }

    public String getBaseSubscriptionId() {
        return baseSubscriptionId;
    }

    public int getQuantity() {
        return quantity;
    }

    public String getBillingCycle() {
        return billingCycle;
    }

    public SubscriptionStatus getStatus() {
        return status;
    }

    public String getAzureSubscriptionId() {
        return azureSubscriptionId;
    }
}
