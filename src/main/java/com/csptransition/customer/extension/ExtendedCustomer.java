package com.csptransition.customer.extension;

import com.csptransition.customer.AcquisitionKind;
import java.util.Set;

/** Fact: the customer, its resellers of record, and whether the partner recorded its consent. */
public record ExtendedCustomer(String id, String name, AcquisitionKind acquiredAs, Set<String> resellerIds,
        boolean customerConsent) {
}
