package com.csptransition.transfer.eligibility;

import com.csptransition.identity.Caller;
import com.csptransition.web.ApiException;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Partner Center's "Get a customer's subscriptions transfer eligibility", answered by the rules. */
@RestController
public class TransferEligibilityController {

    static final String DIRECT_TO_INDIRECT = "directtoindirect";

    private final TransferEligibilityService service;

    public TransferEligibilityController(TransferEligibilityService service) {
        this.service = service;
    }

    @GetMapping("/v1/customers/{customerTenantId}/transferseligibility")
    List<TransferEligibility> eligibility(@PathVariable String customerTenantId, @RequestParam String transferType,
            @RequestParam(required = false) String targetPartnerTenantId, @AuthenticationPrincipal Caller caller) {
        if (!DIRECT_TO_INDIRECT.equalsIgnoreCase(transferType)) {
            throw ApiException.invalidInput("transferType must be '" + DIRECT_TO_INDIRECT + "', not '" + transferType + "'.");
        }
        return service.check(customerTenantId, targetPartnerTenantId, caller).answers();
    }
}
