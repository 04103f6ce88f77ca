package com.csptransition.customer.tenant;

import static com.csptransition.web.InputLimits.ID;
import static com.csptransition.web.InputLimits.NAME;

import com.csptransition.customer.AcquisitionKind;
import com.csptransition.customer.Customer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Partner Center's Customer as a client posts it to create a tenant: the company profile, the billing profile
 * (kept as given), and associatedPartnerId — the indirect reseller a provider names.
 */
public record CustomerBody(@NotNull @Valid CompanyProfile companyProfile, Map<String, Object> billingProfile,
        @Size(max = ID) String associatedPartnerId) {

    public record CompanyProfile(@Size(max = NAME) String domain, @NotBlank @Size(max = NAME) String companyName) {
    }

    /** The created customer, Partner Center's fields and ours (acquiredAs) beside them. */
    public record Created(String id, Map<String, String> companyProfile, Map<String, Object> billingProfile,
            String associatedPartnerId, String relationshipToPartner, AcquisitionKind acquiredAs,
            Map<String, String> attributes) {

        static Created of(Customer customer, CustomerBody body) {
            Map<String, String> profile = new LinkedHashMap<>();
            profile.put("tenantId", customer.getId());
            if (body.companyProfile().domain() != null) {
                profile.put("domain", body.companyProfile().domain());
            }
            profile.put("companyName", customer.getName());
            return new Created(customer.getId(), profile, body.billingProfile(), body.associatedPartnerId(), "reseller",
                    customer.getAcquiredAs(), Map.of("objectType", "Customer"));
        }
    }
}
