package com.csptransition.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A partner that is reseller of record for the customer, whether it holds delegated admin privileges, and the bill-to
 * info it holds for the customer (null: none); billToShared when that is the copy a relationship extension made.
 */
@Embeddable
public record ResellerRelationship(String partnerId, @Column(name = "delegated_admin") boolean delegatedAdminPrivileges,
        boolean billToShared, BillingProfile billTo) {

    public ResellerRelationship(String partnerId, boolean delegatedAdminPrivileges) {
        this(partnerId, delegatedAdminPrivileges, false, null);
    }
}
