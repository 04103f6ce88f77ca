package com.csptransition.admin;

import com.csptransition.customer.AcquisitionKind;
import com.csptransition.customer.McaMethod;
import com.csptransition.customer.OfferKind;
import com.csptransition.customer.SubscriptionStatus;
import com.csptransition.partner.PartnershipState;
import com.csptransition.partner.Program;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Everything the service knows about partners, customers and subscriptions, as one JSON document. */
public record ImportBundle(List<@Valid PartnerData> partners, List<@Valid PartnershipData> partnerships,
        List<@Valid CustomerData> customers, List<@Valid SubscriptionData> subscriptions) {

    public ImportBundle {
        partners = Objects.requireNonNullElse(partners, List.of());
        partnerships = Objects.requireNonNullElse(partnerships, List.of());
        customers = Objects.requireNonNullElse(customers, List.of());
        subscriptions = Objects.requireNonNullElse(subscriptions, List.of());
    }

    public record PartnerData(@NotBlank String id, @NotBlank String name, String mpnId, @Email String mpnEmail,
            boolean profileCurrent,
            LocalDate anniversaryDate, @NotNull @PositiveOrZero BigDecimal trailingTwelveMonthRevenueUsd,
            @NotEmpty Set<@NotNull Program> programs) {
    }

    public record PartnershipData(@NotBlank String id, @NotBlank String resellerId, @NotBlank String providerId,
            @NotNull PartnershipState state) {
    }

    public record CustomerData(@NotBlank String id, @NotBlank String name, @NotNull AcquisitionKind acquiredAs,
            List<@Valid RelationshipData> resellerRelationships, List<@Valid McaData> mcaAcceptances) {

        public CustomerData {
            resellerRelationships = Objects.requireNonNullElse(resellerRelationships, List.of());
            mcaAcceptances = Objects.requireNonNullElse(mcaAcceptances, List.of());
        }
    }

    public record RelationshipData(@NotBlank String partnerId, boolean delegatedAdminPrivileges) {
    }

    public record McaData(@NotNull McaMethod method, @NotBlank String partnerId, LocalDate dateAgreed) {
    }

    public record SubscriptionData(@NotBlank String id, @NotBlank String customerId, @NotBlank String partnerId,
            @NotBlank String offerId, String offerName, @NotNull OfferKind offerKind, String baseSubscriptionId,
            @PositiveOrZero int quantity, String billingCycle, @NotNull SubscriptionStatus status,
            String azureSubscriptionId) {
    }
}
