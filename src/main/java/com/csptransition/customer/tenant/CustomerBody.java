package com.csptransition.customer.tenant;

import static com.csptransition.web.InputLimits.ID;
import static com.csptransition.web.InputLimits.NAME;

import com.csptransition.customer.AcquisitionKind;
import com.csptransition.customer.BillingProfile;
import com.csptransition.customer.Customer;
import com.csptransition.customer.agreement.Agreement;
import com.csptransition.customer.billing.CustomerBillingProfile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Partner Center's Customer as a client posts it to create a tenant: the company profile, the billing profile (the
 * creating partner's bill-to info), and associatedPartnerId — the indirect reseller a provider names. Ours beside:
 * agreement, the customer's acceptance of the Microsoft Customer Agreement as Partner Center's Agreement resource
 * (Partner Center confirms it with a separate call; every new customer must sign it).
 */
public record CustomerBody(@NotNull @Valid CompanyProfile companyProfile, @Valid BillingProfile billingProfile,
        @Size(max = ID) String associatedPartnerId, @Valid Agreement agreement) {

    public record CompanyProfile(@Size(max = NAME) String domain, @NotBlank @Size(max = NAME) String companyName) {
    }

    /** The created customer, Partner Center's fields and ours (acquiredAs) beside them. */
    public record Created(String id, Map<String, String> companyProfile, CustomerBillingProfile billingProfile,
            String associatedPartnerId, String relationshipToPartner, AcquisitionKind acquiredAs,
            Map<String, String> attributes) {

        static Created of(Customer customer, CustomerBody body, String partnerId) {
            Map<String, String> profile = new LinkedHashMap<>();
            profile.put("tenantId", customer.getId());
            if (body.companyProfile().domain() != null) {
                profile.put("domain", body.companyProfile().domain());
            }
            profile.put("companyName", customer.getName());
            CustomerBillingProfile billing = body.billingProfile() == null ? null
                    : CustomerBillingProfile.of(customer.getId(), partnerId, body.billingProfile());
            return new Created(customer.getId(), profile, billing, body.associatedPartnerId(), "reseller",
                    customer.getAcquiredAs(), Map.of("objectType", "Customer"));
        }
    }
}
