package com.csptransition.customer.invitation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * An indirect reseller invitation: a personalised link (the token) that connects a customer to both the reseller
 * and its indirect provider. customerId names an existing customer of the reseller; null invites a new customer.
 */
@Entity
public class ResellerInvitation {

    @Id
    private String id;
    private String token;
    private String resellerId;
    private String providerId;
    private String customerId;
    @Enumerated(EnumType.STRING)
    private InvitationState state;
    private String createdBy;
    private Instant createdTime;
    private Instant answeredTime;
    private String acceptedCustomerId;

    protected ResellerInvitation() {
    }

    ResellerInvitation(String id, String token, String resellerId, String providerId, String customerId,
            String createdBy, Instant createdTime) {
        this.id = id;
        this.token = token;
        this.resellerId = resellerId;
        this.providerId = providerId;
        this.customerId = customerId;
        this.createdBy = createdBy;
        this.createdTime = createdTime;
        this.state = InvitationState.SENT;
    }

    public void accepted(String customerTenantId, Instant when) {
        state = InvitationState.ACCEPTED;
        acceptedCustomerId = customerTenantId;
        answeredTime = when;
    }

    public void expired(Instant when) {
        state = InvitationState.EXPIRED;
        answeredTime = when;
    }

    public String getId() {
        return id;
    }

    public String getToken() {
        return token;
    }

    public String getResellerId() {
        return resellerId;
    }

    public String getProviderId() {
        return providerId;
    }

    public String getCustomerId() {
        return customerId;
    }

    public InvitationState getState() {
        return state;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedTime() {
        return createdTime;
    }

    public Instant getAnsweredTime() {
        return answeredTime;
    }

    public String getAcceptedCustomerId() {
        return acceptedCustomerId;
    }
}
