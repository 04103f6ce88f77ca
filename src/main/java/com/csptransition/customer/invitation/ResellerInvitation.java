package com.csptransition.customer.invitation;

import com.csptransition.web.ApiException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import org.springframework.http.HttpStatus;

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
    /** A new customer's company name, given when it authorizes. */
    private String acceptedCompanyName;

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

    /**
     * The customer behind the link authorizes: the tenant is the invited customer's, or for a new customer its own
     * tenant and company name. The process carries it out ({@link #accepted}).
     */
    void authorize(String customerTenantId, String companyName) {
        requireOpen();
        acceptedCustomerId = customerId != null ? customerId : customerTenantId;
        acceptedCompanyName = customerId != null ? null : companyName;
    }

    /** The reseller and its provider are the customer's resellers of record now; an invitation is accepted once. */
    public void accepted(Instant when) {
        requireOpen();
        if (acceptedCustomerId == null) {
            throw new IllegalStateException("invitation " + id + " was not authorized by a customer");
        }
        state = InvitationState.ACCEPTED;
        answeredTime = when;
    }

    public void expired(Instant when) {
        requireOpen();
        state = InvitationState.EXPIRED;
        answeredTime = when;
    }

    /** Every step re-checks the state it acts on: an answered or expired invitation stays so. */
    void requireOpen() {
        if (state != InvitationState.SENT) {
            throw new ApiException(HttpStatus.CONFLICT, "InvitationNotOpen", null,
                    "This invitation is " + state + " and can no longer be accepted.");
        }
    }

    public boolean isForNewCustomer() {
        return customerId == null;
    }

    public String getAcceptedCompanyName() {
        return acceptedCompanyName;
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
