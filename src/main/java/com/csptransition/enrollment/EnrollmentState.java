package com.csptransition.enrollment;

/** Where an enrollment as indirect reseller stands. Only REJECTED may be submitted again. */
public enum EnrollmentState {
    /** Waiting for Microsoft's review: approval can take up to five business days. */
    IN_REVIEW,
    /** Approved: the partner's global admin has still to accept the indirect reseller agreement. */
    APPROVED,
    /** The agreement is accepted: the partner is both direct bill partner and indirect reseller. */
    COMPLETED,
    REJECTED
}
