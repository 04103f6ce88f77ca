package com.csptransition.partner;

/** The state of an indirect provider's partnership invitation to a reseller. */
public enum PartnershipState {
    INVITED,
    ACCEPTED,
    DECLINED,
    EXPIRED
}
