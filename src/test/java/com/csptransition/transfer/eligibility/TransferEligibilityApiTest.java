package com.csptransition.transfer.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.customer.SubscriptionRepository;
import com.csptransition.decision.DecisionRepository;
import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** GET /v1/customers/{id}/transferseligibility, Partner Center's shape, on the demo data. */
class TransferEligibilityApiTest extends ApiTestSupport {

    @Autowired
    TransferRequestRepository transfers;
    @Autowired
    SubscriptionRepository subscriptions;
    @Autowired
    DecisionRepository decisions;

    @Test
    void listsEachBaseSubscriptionOfTheCallersPartnerWithPartnerCentersFieldsAndOurReasons() throws Exception {
        eligibility("contoso-admin", TAILSPIN, NORTHWIND)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(7))
                .andExpect(jsonPath("$[?(@.id == 'tailspin-o365-e3')].isEligible").value(true))
                .andExpect(jsonPath("$[?(@.id == 'tailspin-o365-e3')].addOnIds[0]").value("tailspin-o365-audio"))
                .andExpect(jsonPath("$[?(@.id == 'tailspin-azure-payg')].isEligible").value(true))
                .andExpect(jsonPath("$[?(@.id == 'tailspin-azure-plan')].isEligible").value(false))
                .andExpect(jsonPath("$[?(@.id == 'tailspin-azure-plan')].reason").value(hasItem(containsString("an Azure plan"))))
                .andExpect(jsonPath("$[?(@.id == 'tailspin-azure-plan')].reasons[0].code").value("OFFER_NOT_TRANSFERABLE"))
                .andExpect(jsonPath("$[?(@.id == 'tailspin-azure-plan')].reasons[0].rule").value(hasItem(containsString("Not all purchases"))))
                .andExpect(jsonPath("$[?(@.id == 'tailspin-dynamics')].reasons[0].code").value("SUBSCRIPTION_NOT_ACTIVE"))
                .andExpect(jsonPath("$[*].id").value(not(hasItem("tailspin-o365-audio"))));
    }

    @Test
    void aCustomerNotMovedToTheProviderCannotTransfer() throws Exception {
        eligibility("contoso-admin", COHO, NORTHWIND).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].isEligible").value(false))
                .andExpect(jsonPath("$[0].reasons[*].code").value(hasItem("CUSTOMER_NOT_MOVED_TO_PROVIDER")))
                .andExpect(jsonPath("$[0].reasons[*].code").value(hasItem("MCA_NOT_ACCEPTED")));
    }

    @Test
    void mcaAttestedWithTheOldPartnerIsNotRetained() throws Exception {
        eligibility("contoso-admin", WIDE_WORLD, NORTHWIND).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].reasons[0].code").value("MCA_ATTESTATION_NOT_RETAINED"));
    }

    @Test
    void mcaAttestedAgainThroughTheProviderIsAccepted() throws Exception {
        eligibility("contoso-admin", LITWARE, NORTHWIND).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].isEligible").value(true))
                .andExpect(jsonPath("$[1].isEligible").value(true));
    }

    @Test
    void aPartnerThatHasNotEnrolledAsIndirectResellerCannotTransfer() throws Exception {
        eligibility("fabrikam-admin", PROSEWARE, NORTHWIND).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].reasons[0].code").value("PARTNER_NOT_ENROLLED_AS_INDIRECT_RESELLER"));
    }

    @Test
    void aSubscriptionInAnActiveTransferRequestCannotBeInASecond() throws Exception {
        TransferRequest request = new TransferRequest("eligibility-test-transfer", LITWARE, CONTOSO, NORTHWIND,
                new TransferRequest.Names("Litware", "Contoso", "Northwind"), Instant.now());
        request.addLine(subscriptions.findById("litware-intune").orElseThrow(), null);
        transfers.saveAndFlush(request);
        try {
            eligibility("contoso-admin", LITWARE, NORTHWIND).andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.id == 'litware-intune')].reasons[0].code").value("SUBSCRIPTION_IN_ACTIVE_TRANSFER"))
                    // the request to withdraw is named
                    .andExpect(jsonPath("$[?(@.id == 'litware-intune')].reasons[0].message")
                            .value(hasItem(containsString("active transfer request eligibility-test-transfer;"))));
        } finally {
            transfers.delete(request);
        }
    }

    @Test
    void withoutATargetProviderOnlyTheProviderIndependentChecksRun() throws Exception {
        eligibility("contoso-admin", COHO, null).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].isEligible").value(true))
                .andExpect(jsonPath("$[0].reason").value(nullValue()));
    }

    @Test
    void everyDecisionIsAuditedAndReadableBySubject() throws Exception {
        long before = decisions.count();
        eligibility("contoso-sales", WIDE_WORLD, NORTHWIND).andExpect(status().isOk());
        assertThat(decisions.count()).isEqualTo(before + 1);

        mvc.perform(get("/api/decisions").param("subject", "wideworld-o365-e5").with(as("contoso-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("TRANSFER_ELIGIBILITY"))
                .andExpect(jsonPath("$[0].caller").value("contoso-sales"))
                .andExpect(jsonPath("$[0].outcome").value("INELIGIBLE"))
                .andExpect(jsonPath("$[0].reasons[0].code").value("MCA_ATTESTATION_NOT_RETAINED"))
                .andExpect(jsonPath("$[0].reasons[0].rule").value(containsString("partner attestation")))
                // the transferable offers fire first (they are read by the offer rules), then the rules that refused
                .andExpect(jsonPath("$[0].rulesFired").value(hasItem(containsString("partner attestation"))))
                .andExpect(jsonPath("$[0].rulesVersion").isNotEmpty())
                .andExpect(jsonPath("$[0].subjects").value(hasItem(WIDE_WORLD)));
        // another organisation never sees Contoso's decisions
        mvc.perform(get("/api/decisions").param("subject", "wideworld-o365-e5").with(as("northwind-admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void anUnknownCustomerIs404AndChangesNothing() throws Exception {
        long before = decisions.count();
        eligibility("contoso-admin", "00000000-0000-0000-0000-000000000000", NORTHWIND)
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("CustomerNotFound"));
        assertThat(decisions.count()).isEqualTo(before);
    }

    @Test
    void anotherPartnersCustomerIs404LikeAnUnknownOne() throws Exception {
        eligibility("fabrikam-admin", TAILSPIN, NORTHWIND).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CustomerNotFound"))
                .andExpect(jsonPath("$.detail").value(not(containsString("Tailspin"))));
    }

    @Test
    void anUnknownTargetProviderIs404() throws Exception {
        eligibility("contoso-admin", TAILSPIN, "no-such-provider").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("PartnerNotFound"));
    }

    @Test
    void anotherTransferTypeIsInvalidInput() throws Exception {
        mvc.perform(get("/v1/customers/{id}/transferseligibility", TAILSPIN).param("transferType", "indirecttoindirect")
                        .with(as("contoso-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("InvalidInput"));
        mvc.perform(get("/v1/customers/{id}/transferseligibility", TAILSPIN).with(as("contoso-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("InvalidInput"));
    }

    @Test
    void aUserOfNoOrganisationIsForbiddenWithTheReason() throws Exception {
        eligibility("nobody", TAILSPIN, NORTHWIND).andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("does not belong to a partner organisation")));
    }

    private ResultActions eligibility(String user, String customer, String target) throws Exception {
        var request = get("/v1/customers/{id}/transferseligibility", customer).param("transferType", "directtoindirect")
                .with(as(user));
        if (target != null) {
            request.param("targetPartnerTenantId", target);
        }
        return mvc.perform(request);
    }
}
