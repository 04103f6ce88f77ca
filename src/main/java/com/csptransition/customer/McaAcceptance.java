package com.csptransition.customer;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** One acceptance of the Microsoft Customer Agreement, and through which partner it was made. */
@Embeddable
public record McaAcceptance(@Enumerated(EnumType.STRING) McaMethod method, String partnerId, LocalDate dateAgreed) {
}
