package com.csptransition.customer;

/** How a customer accepted the Microsoft Customer Agreement. */
public enum McaMethod {
    /** Accepted by the customer in the Microsoft 365 admin center: retained across partners. */
    M365_ADMIN_CENTER,
    /** Attested by a partner on the customer's behalf: not retained when the customer moves. */
    PARTNER_ATTESTATION
}
