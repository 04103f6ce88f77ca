package com.csptransition.customer.agreement;

import com.csptransition.identity.Caller;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Partner Center's "Confirm customer acceptance of the Microsoft Customer Agreement" and its listing. */
@RestController
@RequestMapping("/v1/customers/{customerTenantId}/agreements")
public class AgreementController {

    private final CustomerAgreements agreements;

    public AgreementController(CustomerAgreements agreements) {
        this.agreements = agreements;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Agreement confirm(@PathVariable String customerTenantId, @Valid @RequestBody Agreement agreement,
            @AuthenticationPrincipal Caller caller) {
        return agreements.confirm(customerTenantId, agreement, caller);
    }

    /** Ours: what the MCA acceptance asks of the indirect provider (rules/customer-agreement.drl). */
    @GetMapping("/status")
    McaStatus status(@PathVariable String customerTenantId, @RequestParam String indirectProviderTenantId,
            @AuthenticationPrincipal Caller caller) {
        return agreements.status(customerTenantId, indirectProviderTenantId, caller);
    }

    @GetMapping
    Map<String, Object> list(@PathVariable String customerTenantId, @RequestParam(required = false) String agreementType,
            @AuthenticationPrincipal Caller caller) {
        List<Agreement> items = agreements.list(customerTenantId, agreementType, caller);
        return Map.of("totalCount", items.size(), "items", items, "attributes", Map.of("objectType", "Collection"));
    }
}
