package com.csptransition.customer.order;

import static com.csptransition.web.InputLimits.BILLING_CYCLE;
import static com.csptransition.web.InputLimits.ID;
import static com.csptransition.web.InputLimits.MAX_QUANTITY;
import static com.csptransition.web.InputLimits.NAME;
import static com.csptransition.web.InputLimits.OFFER_ID;

import com.csptransition.customer.OfferKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Partner Center's Order as a client posts it. Ours beside its fields: a line's offerKind, required, since there is no
 * catalog here to look the offer up in (a default would make an unknown purchase look transferable).
 */
public record OrderBody(@Size(max = ID) String referenceCustomerId, @Size(max = BILLING_CYCLE) String billingCycle,
        @NotEmpty List<@Valid Line> lineItems) {

    /** The number is a line's key in the stored order: a repeated one would fail there as if a request had raced. */
    @AssertTrue(message = "every line needs its own lineItemNumber")
    public boolean isLineItemNumbersDistinct() {
        return lineItems == null || lineItems.stream().map(Line::lineItemNumber).distinct().count() == lineItems.size();
    }

    public record Line(int lineItemNumber, @NotBlank @Size(max = OFFER_ID) String offerId,
            @Min(1) @Max(MAX_QUANTITY) int quantity, @Size(max = NAME) String friendlyName,
            @Size(max = ID) String parentSubscriptionId, @NotNull(message = OfferKind.REQUIRED) OfferKind offerKind) {
    }
}
