package com.csptransition.customer.capability;

import com.csptransition.customer.AcquisitionKind;
import com.csptransition.rules.Reason;
import java.util.List;
import java.util.Map;

/**
 * A customer as its partner sees it: Partner Center's id and company profile, and ours beside — how it was acquired,
 * its indirect providers, and what the partner may do for it, with the reasons for what it may not.
 */
public record CustomerView(String id, Map<String, String> companyProfile, AcquisitionKind acquiredAs,
        List<String> indirectProviderTenantIds, List<Allowed> capabilities) {

    public record Allowed(Capability capability, boolean allowed, List<Reason> reasons) {
    }
}
