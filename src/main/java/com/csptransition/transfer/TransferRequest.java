package com.csptransition.transfer;

import com.csptransition.customer.Subscription;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A transitioning partner's request to move one customer's subscriptions to one indirect provider: the source of
 * truth of the transfer; the BPMN process only carries its id.
 */
@Entity
public class TransferRequest {

    @Id
    private String id;
    private String customerId;
    private String sourcePartnerId;
    private String targetPartnerId;
    private String customerName;
    private String sourcePartnerName;
    private String targetPartnerName;
    @Enumerated(EnumType.STRING)
    private TransferStatus status;
    private Instant createdTime;
    private Instant lastModifiedTime;
    private String lastModifiedUser;
    private String rejectionReason;
    private Instant providerVerifiedTime;
    private Instant partnerVerifiedTime;
    @Version
    private long version;

    @OneToMany(mappedBy = "transfer", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<TransferLine> lines = new ArrayList<>();

    /** The names of the customer and the partners when the request is made: what its TransferEntity shows. */
    public record Names(String customer, String sourcePartner, String targetPartner) {
    }

    protected TransferRequest() {
    }

    public TransferRequest(String id, String customerId, String sourcePartnerId, String targetPartnerId, Names names,
            Instant createdTime) {
        this.id = id;
        this.customerId = customerId;
        this.sourcePartnerId = sourcePartnerId;
        this.targetPartnerId = targetPartnerId;
        this.customerName = names.customer();
        this.sourcePartnerName = names.sourcePartner();
        this.targetPartnerName = names.targetPartner();
        this.status = TransferStatus.Active;
        this.createdTime = createdTime;
        this.lastModifiedTime = createdTime;
    }

    /** Adds a line for the subscription with its quantity now; later quantity changes are not reflected. */
    public TransferLine addLine(Subscription subscription, TransferLine baseLine) {
        TransferLine line = new TransferLine(UUID.randomUUID().toString(), this, baseLine, subscription.getId(),
                subscription.getOfferId(), subscription.getOfferName(), subscription.getBillingCycle(),
                subscription.getQuantity());
        lines.add(line);
        return line;
    }

    /** Ends the request: its subscriptions become free for a new request. */
    public void end(TransferStatus finalStatus, String user, Instant time) {
        status = finalStatus;
        lines.forEach(line -> line.end(finalStatus));
        modified(user, time);
    }

    public void reject(String reason, String user, Instant time) {
        rejectionReason = reason;
        end(TransferStatus.Reject, user, time);
    }

    public void verifiedByProvider(String user, Instant time) {
        providerVerifiedTime = time;
        modified(user, time);
    }

    public void verifiedByPartner(String user, Instant time) {
        partnerVerifiedTime = time;
        modified(user, time);
    }

    public void modified(String user, Instant time) {
        lastModifiedUser = user;
        lastModifiedTime = time;
    }

    /** The partner or the provider of this request: the only organisations that may see it. */
    public boolean concerns(String organisationId) {
        return sourcePartnerId.equals(organisationId) || targetPartnerId.equals(organisationId);
    }

    public String getId() {
        return id;
    }

    public String getCustomerId() {
        return customerId;
    }

    public String getSourcePartnerId() {
        return sourcePartnerId;
    }

    public String getTargetPartnerId() {
        return targetPartnerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getSourcePartnerName() {
        return sourcePartnerName;
    }

    public String getTargetPartnerName() {
        return targetPartnerName;
    }

    public TransferStatus getStatus() {
        return status;
    }

    public Instant getCreatedTime() {
        return createdTime;
    }

    public Instant getLastModifiedTime() {
        return lastModifiedTime;
    }

    public String getLastModifiedUser() {
        return lastModifiedUser;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Instant getProviderVerifiedTime() {
        return providerVerifiedTime;
    }

    public Instant getPartnerVerifiedTime() {
        return partnerVerifiedTime;
    }

    public List<TransferLine> getLines() {
        return List.copyOf(lines);
    }
}
