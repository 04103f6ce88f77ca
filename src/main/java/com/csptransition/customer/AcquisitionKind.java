package com.csptransition.customer;

/** How the customer was acquired: it decides what the partner may do for it. */
public enum AcquisitionKind {
    DIRECT_BILL,
    INDIRECT_RESELLER
}
