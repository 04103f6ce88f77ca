package com.csptransition.transfer;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A transitioning partner's request to move one customer's subscriptions to one indirect provider. */
@Entity
public class TransferRequest {

    @Id
    private String id;
    private String customerId;
    private String sourcePartnerId;
    private String targetPartnerId;
    @Enumerated(EnumType.STRING)
    private TransferStatus status;
    private Instant createdTime;

    @OneToMany(mappedBy = "transfer", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<TransferLine> lines = new ArrayList<>();

    protected TransferRequest() {
    }

    public TransferRequest(String id, String customerId, String sourcePartnerId, String targetPartnerId,
            Instant createdTime) {
        this.id = id;
        this.customerId = customerId;
        this.sourcePartnerId = sourcePartnerId;
        this.targetPartnerId = targetPartnerId;
        this.status = TransferStatus.Active;
        this.createdTime = createdTime;
    }

    public TransferLine addLine(String lineId, String subscriptionId, int quantity) {
        TransferLine line = new TransferLine(lineId, this, subscriptionId, quantity);
        lines.add(line);
        return line;
    }

    /** Ends the request: its subscriptions become free for a new request. */
    public void end(TransferStatus finalStatus) {
        status = finalStatus;
        lines.forEach(TransferLine::release);
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

    public TransferStatus getStatus() {
        return status;
    }

    public Instant getCreatedTime() {
        return createdTime;
    }

    public List<TransferLine> getLines() {
        return List.copyOf(lines);
    }
}
