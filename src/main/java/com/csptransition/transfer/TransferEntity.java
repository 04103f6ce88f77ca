package com.csptransition.transfer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Partner Center's TransferEntity, field for field, with ours beside: why it was rejected and which
 * verifications are still open.
 */
public record TransferEntity(String id, Instant createdTime, Instant lastModifiedTime, String lastModifiedUser,
        String customerName, String customerTenantId, @JsonProperty("partnertenantid") String partnerTenantId,
        String sourcePartnerName, String sourcePartnerTenantId, String targetPartnerName, String targetPartnerTenantId,
        List<TransferLineItem> lineItems, String status, Map<String, Link> links, Map<String, String> attributes,
        String rejectionReason, Verifications verifications, List<String> openVerifications) {

    public record TransferLineItem(String id, String subscriptionId, int quantity, String billingCycle,
            String friendlyName, String partnerIdOnRecord, String offerId, List<TransferLineItem> addonItems,
            String transferError, String status, String transferredSubscriptionId, String sourceSubscriptionId) {
    }

    public record Link(String uri, String method, List<String> headers) {
    }

    public record Verifications(Instant provider, Instant partner) {
    }
}
