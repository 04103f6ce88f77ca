package com.csptransition.customer.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.Map;

/** Partner Center's Agreement resource: a partner confirms the customer accepted the Microsoft Customer Agreement. */
public record Agreement(@NotNull @Valid Contact primaryContact, @NotNull OffsetDateTime dateAgreed,
        @NotBlank String templateId, @NotBlank String type, String partnerId, Map<String, String> attributes) {

    public static final String MCA = "MicrosoftCustomerAgreement";

    public record Contact(@NotBlank String firstName, @NotBlank String lastName, @NotBlank @Email String email,
            String phoneNumber) {
    }
}
