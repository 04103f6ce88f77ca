package com.csptransition.partner;

/** Where a partner stands with a program's incentives ("Enroll for indirect reseller incentives"). */
public enum IncentiveStatus {
    /** May enroll for the program's incentives (a direct bill partner stays eligible after the transition). */
    ELIGIBLE,
    /** Enrolled as indirect reseller: the invitation to the incentive comes within 30 days. */
    INVITATION_DUE,
    /** The invitation went to the email of the partner's MPN account. */
    INVITED
}
