package com.csptransition.transfer;

import static com.csptransition.web.InputLimits.ID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of Partner Center's "Create a transfer"; other TransferEntity fields a client sends are ignored.
 * A line's quantity is always the subscription's quantity now: the request records it.
 */
public record CreateTransfer(@NotBlank @Size(max = ID) String sourcePartnerTenantId,
        @NotBlank @Size(max = ID) String targetPartnerTenantId, @NotEmpty List<@Valid LineItem> lineItems) {

    public record LineItem(@NotBlank @Size(max = ID) String subscriptionId) {
    }
}
