package com.csptransition.customer.agreement;

import static com.csptransition.web.InputLimits.ID;
import static com.csptransition.web.InputLimits.NAME;
import static com.csptransition.web.InputLimits.PHONE;

import com.csptransition.customer.McaAcceptance;
import com.csptransition.customer.McaMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Map;

/** Partner Center's Agreement resource: a partner confirms the customer accepted the Microsoft Customer Agreement. */
public record Agreement(@NotNull @Valid Contact primaryContact, @NotNull OffsetDateTime dateAgreed,
        @NotBlank @Size(max = ID) String templateId,
        @NotBlank @Pattern(regexp = MCA, message = "must be '" + MCA + "'") String type,
        @Size(max = ID) String partnerId, Map<String, String> attributes) {

    public static final String MCA = "MicrosoftCustomerAgreement";

    /** The acceptance this confirmation records: the partner attests it on the customer's behalf. */
    public McaAcceptance attestedBy(String partnerId) {
        return new McaAcceptance(McaMethod.PARTNER_ATTESTATION, partnerId, dateAgreed.toLocalDate(), templateId,
                primaryContact.firstName(), primaryContact.lastName(), primaryContact.email(),
                primaryContact.phoneNumber());
    }

    public record Contact(@NotBlank @Size(max = NAME) String firstName, @NotBlank @Size(max = NAME) String lastName,
            @NotBlank @Email @Size(max = NAME) String email, @Size(max = PHONE) String phoneNumber) {
    }
}
