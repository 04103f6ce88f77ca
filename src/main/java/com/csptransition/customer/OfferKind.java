package com.csptransition.customer;

/** What kind of purchase a subscription is; the transfer rules decide which kinds can move. */
public enum OfferKind {
    /** Office 365, Dynamics, Intune. */
    LICENSE_BASED,
    /** Azure pay-as-you-go, offer MS-AZR-0145P. */
    AZURE_PAYG,
    AZURE_PLAN,
    AZURE_RESERVED_INSTANCE,
    TERM_BASED,
    MARKETPLACE_SAAS,
    /** Perpetual software purchases. */
    SOFTWARE
}
