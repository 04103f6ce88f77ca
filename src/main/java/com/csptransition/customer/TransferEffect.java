package com.csptransition.customer;

/**
 * What a transfer does to the partner's subscription it moves. rules/transferable-offers.drl says which, per offer
 * kind; {@link Subscription#retireAfterTransfer} carries it out.
 */
public enum TransferEffect {
    /** "it will be listed with state as Suspended" (the guide, of license-based subscriptions). */
    SUSPENDED,
    /** "it will no longer be listed" (the guide, of Azure subscriptions). */
    NO_LONGER_LISTED
}
