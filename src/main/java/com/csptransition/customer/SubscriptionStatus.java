package com.csptransition.customer;

public enum SubscriptionStatus {
    ACTIVE,
    SUSPENDED,
    /** Moved to the indirect provider and no longer listed for the transitioning partner (Azure). */
    TRANSFERRED
}
