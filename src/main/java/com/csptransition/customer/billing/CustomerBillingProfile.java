package com.csptransition.customer.billing;

import com.csptransition.customer.BillingProfile;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * Partner Center's CustomerBillingProfile, as "Get a customer's billing profile" answers it. The id is derived from
 * the customer and the partner holding the profile: the same on every read, another one for the provider's copy.
 */
public record CustomerBillingProfile(String id, String firstName, String lastName, String email, String culture,
        String language, String companyName, BillingProfile.Address defaultAddress, Map<String, String> attributes) {

    public static CustomerBillingProfile of(String customerId, String partnerId, BillingProfile profile) {
        String id = UUID.nameUUIDFromBytes((customerId + "/" + partnerId).getBytes(StandardCharsets.UTF_8)).toString();
        return new CustomerBillingProfile(id, profile.firstName(), profile.lastName(), profile.email(), profile.culture(),
                profile.language(), profile.companyName(), profile.defaultAddress(),
                Map.of("objectType", "CustomerBillingProfile"));
    }
}
