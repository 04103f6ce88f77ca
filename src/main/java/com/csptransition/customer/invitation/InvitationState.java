package com.csptransition.customer.invitation;

/** An indirect reseller invitation: sent, then authorized by the customer or expired. */
public enum InvitationState {
    SENT,
    ACCEPTED,
    EXPIRED
}
