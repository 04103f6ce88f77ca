package com.csptransition.customer.order;

import com.csptransition.customer.OfferKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import java.util.List;

/**
 * Partner Center's Order as a client posts it. Ours beside its fields: a line's offerKind (default LICENSE_BASED),
 * since there is no catalog here to look the offer up in.
 */
public record OrderBody(String referenceCustomerId, String billingCycle, @NotEmpty List<@Valid Line> lineItems) {

    public record Line(int lineItemNumber, @NotBlank String offerId, @Positive int quantity, String friendlyName,
            String parentSubscriptionId, OfferKind offerKind) {
    }
}
