package com.csptransition.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * One acceptance of the Microsoft Customer Agreement, through which partner it was made and, for an attestation
 * recorded here, the template and the customer's contact who accepted.
 */
@Embeddable
public record McaAcceptance(@Enumerated(EnumType.STRING) McaMethod method, String partnerId, LocalDate dateAgreed,
        String templateId, @Column(name = "contact_first_name") String contactFirstName,
        @Column(name = "contact_last_name") String contactLastName, @Column(name = "contact_email") String contactEmail,
        @Column(name = "contact_phone") String contactPhone) {

    public McaAcceptance(McaMethod method, String partnerId, LocalDate dateAgreed) {
        this(method, partnerId, dateAgreed, null, null, null, null, null);
    }
}
