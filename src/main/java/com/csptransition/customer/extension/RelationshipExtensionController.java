package com.csptransition.customer.extension;

import static com.csptransition.web.InputLimits.ID;

import com.csptransition.identity.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** "Transfer customer on an indirect provider" (Partner Center's dashboard has it; its API does not). */
@RestController
public class RelationshipExtensionController {

    private final RelationshipExtension extension;

    public RelationshipExtensionController(RelationshipExtension extension) {
        this.extension = extension;
    }

    /** customerConsent: the partner confirms it informed the customer and obtained its consent. */
    record Request(@NotBlank @Size(max = ID) String indirectProviderTenantId, boolean customerConsent) {
    }

    @PostMapping("/v1/customers/{customerTenantId}/indirect-providers")
    @ResponseStatus(HttpStatus.CREATED)
    RelationshipExtension.Extended extend(@PathVariable String customerTenantId, @Valid @RequestBody Request request,
            @AuthenticationPrincipal Caller caller) {
        return extension.extend(customerTenantId, request.indirectProviderTenantId(), request.customerConsent(), caller);
    }
}
