package com.csptransition.partner;

/** The CSP programs a partner tenant can hold; a transitioning partner holds both of the first two. */
public enum Program {
    DIRECT_BILL,
    INDIRECT_RESELLER,
    INDIRECT_PROVIDER
}
