package com.csptransition.customer;

public enum SubscriptionStatus {
    ACTIVE,
    SUSPENDED
}
