package com.csptransition.admin;

import static com.csptransition.web.InputLimits.BILLING_CYCLE;
import static com.csptransition.web.InputLimits.ID;
import static com.csptransition.web.InputLimits.MAX_QUANTITY;
import static com.csptransition.web.InputLimits.MPN_ID;
import static com.csptransition.web.InputLimits.NAME;
import static com.csptransition.web.InputLimits.OFFER_ID;

import com.csptransition.customer.AcquisitionKind;
import com.csptransition.customer.BillingProfile;
import com.csptransition.customer.McaMethod;
import com.csptransition.customer.OfferKind;
import com.csptransition.customer.SubscriptionStatus;
import com.csptransition.partner.PartnershipState;
import com.csptransition.partner.Program;
import com.csptransition.web.Guids;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the service knows about partners, customers and subscriptions, as one JSON document. Ids that are GUIDs
 * (tenant ids, and subscription ids where they are GUIDs) are kept in lower case, the form the API compares with
 * whatever case a client writes them in; other ids as given.
 */
public record ImportBundle(List<@Valid PartnerData> partners, List<@Valid PartnershipData> partnerships,
        List<@Valid CustomerData> customers, List<@Valid SubscriptionData> subscriptions) {

    public ImportBundle {
        partners = Objects.requireNonNullElse(partners, List.of());
        partnerships = Objects.requireNonNullElse(partnerships, List.of());
        customers = Objects.requireNonNullElse(customers, List.of());
        subscriptions = Objects.requireNonNullElse(subscriptions, List.of());
    }

    public record PartnerData(@NotBlank @Size(max = ID) String id, @NotBlank @Size(max = NAME) String name,
            @Size(max = MPN_ID) String mpnId, @Email @Size(max = NAME) String mpnEmail, boolean profileCurrent,
            LocalDate anniversaryDate,
            @NotNull @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal trailingTwelveMonthRevenueUsd,
            @NotEmpty Set<@NotNull Program> programs) {

        public PartnerData {
            id = Guids.canonical(id);
        }
    }

    public record PartnershipData(@NotBlank @Size(max = ID) String id, @NotBlank @Size(max = ID) String resellerId,
            @NotBlank @Size(max = ID) String providerId, @NotNull PartnershipState state) {

        public PartnershipData {
            id = Guids.canonical(id);
            resellerId = Guids.canonical(resellerId);
            providerId = Guids.canonical(providerId);
        }
    }

    public record CustomerData(@NotBlank @Size(max = ID) String id, @NotBlank @Size(max = NAME) String name,
            @NotNull AcquisitionKind acquiredAs,
            List<@Valid RelationshipData> resellerRelationships, List<@Valid McaData> mcaAcceptances) {

        public CustomerData {
            id = Guids.canonical(id);
            resellerRelationships = Objects.requireNonNullElse(resellerRelationships, List.of());
            mcaAcceptances = Objects.requireNonNullElse(mcaAcceptances, List.of());
        }
    }

    /** billingProfile: the bill-to info the partner holds for the customer (Partner Center's CustomerBillingProfile). */
    public record RelationshipData(@NotBlank @Size(max = ID) String partnerId, boolean delegatedAdminPrivileges,
            @Valid BillingProfile billingProfile) {

        public RelationshipData {
            partnerId = Guids.canonical(partnerId);
        }
    }

    public record McaData(@NotNull McaMethod method, @NotBlank @Size(max = ID) String partnerId, LocalDate dateAgreed) {

        public McaData {
            partnerId = Guids.canonical(partnerId);
        }
    }

    public record SubscriptionData(@NotBlank @Size(max = ID) String id, @NotBlank @Size(max = ID) String customerId,
            @NotBlank @Size(max = ID) String partnerId, @NotBlank @Size(max = OFFER_ID) String offerId,
            @Size(max = NAME) String offerName, @NotNull(message = OfferKind.REQUIRED) OfferKind offerKind,
            @Size(max = ID) String baseSubscriptionId, @PositiveOrZero @Max(MAX_QUANTITY) int quantity,
            @Size(max = BILLING_CYCLE) String billingCycle, @NotNull SubscriptionStatus status,
            @Size(max = ID) String azureSubscriptionId) {

        public SubscriptionData {
            id = Guids.canonical(id);
            customerId = Guids.canonical(customerId);
            partnerId = Guids.canonical(partnerId);
            baseSubscriptionId = Guids.canonical(baseSubscriptionId);
            azureSubscriptionId = Guids.canonical(azureSubscriptionId);
        }
    }
}
