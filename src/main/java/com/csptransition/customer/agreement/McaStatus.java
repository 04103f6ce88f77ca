package com.csptransition.customer.agreement;

import java.util.List;

/** Whether the customer's MCA acceptance holds for the provider, and what the provider must do if not. */
public record McaStatus(String customerTenantId, String indirectProviderTenantId, boolean actionRequired,
        List<Action> actions) {

    public record Action(String code, String message, String rule) {
    }
}
