package com.csptransition.customer.invitation;

import java.time.Instant;

/**
 * An invitation as the reseller and provider see it: the personalised link and the draft email go only to the
 * reseller that sent it.
 */
public record InvitationView(String id, String resellerTenantId, String providerTenantId, String customerTenantId,
        InvitationState state, Instant createdTime, String acceptedCustomerTenantId, String link, EmailDraft emailDraft) {

    public record EmailDraft(String subject, String body) {
    }

    /**
     * What the customer sees behind the link: who invites, the invited customer's name (an existing customer), whether
     * a new customer gives its tenant id and company name to authorize, and until when the link is valid.
     */
    public record ForCustomer(String resellerName, String providerName, String customerName, InvitationState state,
            boolean newCustomer, Instant expiresAt) {
    }
}
