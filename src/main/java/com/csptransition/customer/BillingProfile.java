package com.csptransition.customer;

import static com.csptransition.web.InputLimits.NAME;
import static com.csptransition.web.InputLimits.PHONE;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * The bill-to info a partner holds for a customer, in the fields of Partner Center's CustomerBillingProfile. It is
 * kept on the partner's reseller relationship: the partner's own, or the copy a relationship extension gave the
 * indirect provider (which later changes by the partner do not reach).
 */
@Embeddable
public record BillingProfile(@Size(max = NAME) @Column(name = "bill_to_first_name") String firstName,
        @Size(max = NAME) @Column(name = "bill_to_last_name") String lastName,
        @Email @Size(max = NAME) @Column(name = "bill_to_email") String email,
        @Size(max = NAME) @Column(name = "bill_to_culture") String culture,
        @Size(max = NAME) @Column(name = "bill_to_language") String language,
        @Size(max = NAME) @Column(name = "bill_to_company_name") String companyName,
        @Valid Address defaultAddress) {

    /** Partner Center's Address. */
    @Embeddable
    public record Address(@Size(max = NAME) @Column(name = "bill_to_country") String country,
            @Size(max = NAME) @Column(name = "bill_to_region") String region,
            @Size(max = NAME) @Column(name = "bill_to_state") String state,
            @Size(max = NAME) @Column(name = "bill_to_city") String city,
            @Size(max = NAME) @Column(name = "bill_to_address_line1") String addressLine1,
            @Size(max = NAME) @Column(name = "bill_to_address_line2") String addressLine2,
            @Size(max = NAME) @Column(name = "bill_to_postal_code") String postalCode,
            @Size(max = NAME) @Column(name = "bill_to_address_first_name") String firstName,
            @Size(max = NAME) @Column(name = "bill_to_address_last_name") String lastName,
            @Size(max = PHONE) @Column(name = "bill_to_phone_number") String phoneNumber) {
    }
}
