package com.csptransition.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A partner that is reseller of record for the customer, whether it holds delegated admin privileges, and whether
 * the customer's bill-to information was shared with it (a relationship extension does).
 */
@Embeddable
public record ResellerRelationship(String partnerId, @Column(name = "delegated_admin") boolean delegatedAdminPrivileges,
        boolean billToShared) {

    public ResellerRelationship(String partnerId, boolean delegatedAdminPrivileges) {
        this(partnerId, delegatedAdminPrivileges, false);
    }
}
