package com.csptransition.partner;

/** A partnership as either side sees it. */
public record PartnershipView(String id, String resellerTenantId, String resellerName, String providerTenantId,
        String providerName, PartnershipState state) {
}
