package com.csptransition.customer.agreement;

import com.csptransition.rules.Reason;
import java.util.List;

/** Whether the customer's MCA acceptance holds for the provider, and what the provider must do if not. */
public record McaStatus(String customerTenantId, String indirectProviderTenantId, boolean actionRequired,
        List<Reason> actions) {
}
