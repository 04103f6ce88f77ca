package com.csptransition.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A partner that is reseller of record for the customer, and whether it holds delegated admin privileges. */
@Embeddable
public record ResellerRelationship(String partnerId, @Column(name = "delegated_admin") boolean delegatedAdminPrivileges) {
}
