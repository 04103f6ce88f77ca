package com.csptransition.transfer;

import com.csptransition.customer.Subscription;
import com.csptransition.web.ApiException;
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
    /** Who asked: the transitioning partner's admin agent who created the request. */
    private String createdBy;
    private Instant lastModifiedTime;
    private String lastModifiedUser;
    private String rejectionReason;
    /** The provider's answer: null until it reviewed. */
    private Boolean reviewAccepted;
    private String reviewedBy;
    private Instant reviewedTime;
    private Instant providerVerifiedTime;
    private Instant partnerVerifiedTime;
    @Version
    private long version;

    /** The length of transfer_line.transfer_error. */
    static final int MAX_ERROR = 2000;

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
        this(id, customerId, sourcePartnerId, targetPartnerId, names, null, createdTime);
    }

    public TransferRequest(String id, String customerId, String sourcePartnerId, String targetPartnerId, Names names,
            String createdBy, Instant createdTime) {
        this.id = id;
        this.customerId = customerId;
        this.sourcePartnerId = sourcePartnerId;
        this.targetPartnerId = targetPartnerId;
        this.customerName = names.customer();
        this.sourcePartnerName = names.sourcePartner();
        this.targetPartnerName = names.targetPartner();
        this.status = TransferStatus.Active;
        this.createdTime = createdTime;
        this.createdBy = createdBy;
        this.lastModifiedUser = createdBy;
        this.lastModifiedTime = createdTime;
        TransferEvents.happened(this, "created", createdBy);
    }

    /** Adds a line for the subscription with its quantity now; later quantity changes are not reflected. */
    public TransferLine addLine(Subscription subscription, TransferLine baseLine) {
        TransferLine line = new TransferLine(UUID.randomUUID().toString(), this, baseLine, subscription.getId(),
                subscription.getOfferId(), subscription.getOfferName(), subscription.getBillingCycle(),
                subscription.getQuantity());
        lines.add(line);
        return line;
    }

    /**
     * Records the provider's answer, once, while the request is active; a rejection needs a reason. Nothing moves
     * yet: the process carries the answer out.
     */
    public void review(boolean accepted, String reason, String user, Instant time) {
        require(awaitsReview(), "has already been reviewed");
        if (!accepted && (reason == null || reason.isBlank())) {
            throw ApiException.invalidInput("rejectionReason: a rejection needs a reason.");
        }
        reviewAccepted = accepted;
        rejectionReason = accepted ? null : reason.strip();
        reviewedBy = user;
        reviewedTime = time;
        modified(user, time);
        TransferEvents.happened(this, accepted ? "accepted" : "rejected", user);
    }

    /** Withdrawn, or expired, before the provider answered: its subscriptions become free for a new request. */
    public void endUnreviewed(TransferStatus finalStatus, String user, Instant time) {
        require(awaitsReview(), "has already been reviewed");
        end(finalStatus, user, time);
        TransferEvents.happened(this, "ended unreviewed as " + finalStatus, user);
    }

    /** The provider rejected it: nothing moves, the subscriptions are free again. */
    public void endRejected(String user, Instant time) {
        require(isActive() && Boolean.FALSE.equals(reviewAccepted), "was not rejected");
        end(TransferStatus.Reject, user, time);
    }

    /** The provider accepted it and its lines are being transferred: once. */
    public void complete(String user, Instant time) {
        require(isActive() && isAccepted(), "is not an accepted request waiting for its transfer");
        end(TransferStatus.Complete, user, time);
        TransferEvents.happened(this, "applied (Complete)", user);
    }

    /**
     * The transfer failed after its retries (the job's last attempt; nothing of it was applied): the request is
     * Failed, each line says why, and its subscriptions are free again. Again after a failed retry: the newer reason.
     */
    public void fail(String reason, String user, Instant time) {
        require(canFail(), "is not an accepted request waiting for its transfer");
        String error = reason == null || reason.isBlank() ? "The transfer failed." : reason.strip();
        status = TransferStatus.Failed;
        lines.forEach(line -> line.fail(error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR - 1) + "…" : error));
        modified(user, time);
        TransferEvents.happened(this, "failed", user);
    }

    /** Accepted and waiting for its transfer, or failed: what a failed transfer job can be about. */
    public boolean canFail() {
        return isActive() && isAccepted() || status == TransferStatus.Failed;
    }

    /**
     * Operations retry a failed transfer: the request is active again and holds its subscriptions, which the caller
     * has checked are in no other active request (the database refuses a second one anyway).
     */
    public void retryAfterFailure(String user, Instant time) {
        require(status == TransferStatus.Failed && isAccepted(), "has not failed");
        status = TransferStatus.Active;
        lines.forEach(TransferLine::reopen);
        modified(user, time);
        TransferEvents.happened(this, "retried", user);
    }

    public void verifiedByProvider(String user, Instant time) {
        require(status == TransferStatus.Complete && providerVerifiedTime == null, "is not waiting for the provider's verification");
        providerVerifiedTime = time;
        modified(user, time);
        TransferEvents.happened(this, "verified by the provider", user);
    }

    public void verifiedByPartner(String user, Instant time) {
        require(status == TransferStatus.Complete && providerVerifiedTime != null && partnerVerifiedTime == null,
                "is not waiting for the partner's verification");
        partnerVerifiedTime = time;
        modified(user, time);
        TransferEvents.happened(this, "verified by the partner", user);
    }

    /** Transferred, and waiting for the provider's or the partner's verification. */
    public boolean awaitsVerification() {
        return status == TransferStatus.Complete && partnerVerifiedTime == null;
    }

    public boolean awaitsReview() {
        return isActive() && reviewAccepted == null;
    }

    public boolean isAccepted() {
        return Boolean.TRUE.equals(reviewAccepted);
    }

    private boolean isActive() {
        return status == TransferStatus.Active;
    }

    private void end(TransferStatus finalStatus, String user, Instant time) {
        status = finalStatus;
        lines.forEach(line -> line.end(finalStatus));
        modified(user, time);
    }

    /**
     * Every step re-checks the state it acts on: whatever door it was reached through, it happens once. A 409 with
     * Partner Center's code for the request's status otherwise.
     */
    public void require(boolean state, String otherwise) {
        if (!state) {
            throw TransferConflict.wrongState(this, "Transfer " + id + " " + otherwise + " (it is " + status + ").");
        }
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

    public String getCreatedBy() {
        return createdBy;
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

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedTime() {
        return reviewedTime;
    }

    public Instant getProviderVerifiedTime() {
        return providerVerifiedTime;
    }

    public Instant getPartnerVerifiedTime() {
        return partnerVerifiedTime;
    }

    /** Before the request is deleted (tests' reset): the database wants an add-on's line gone before its base's. */
    void removeAddOnLines() {
        lines.removeIf(line -> line.getBaseLine() != null);
    }

    public List<TransferLine> getLines() {
        return List.copyOf(lines);
    }
}
