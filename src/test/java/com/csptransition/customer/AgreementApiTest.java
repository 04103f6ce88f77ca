package com.csptransition.customer;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.identity.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** "Customer has accepted the MCA with you through partner attestation: the acceptance will not be retained." */
class AgreementApiTest extends ApiTestSupport {

    static final String AGREEMENT = """
            {"primaryContact": {"firstName": "Ana", "lastName": "Lopez", "email": "ana@wideworldimporters.example",
                                "phoneNumber": "+31 20 555 0100"},
             "dateAgreed": "2021-03-01T00:00:00Z", "templateId": "117a77b0-9360-443b-8795-c6dedc750cf9",
             "type": "MicrosoftCustomerAgreement"}
            """;

    @BeforeEach
    void salesAgent() {
        users.ensureUser("northwind-sales", PASSWORD, "Northwind sales agent", NORTHWIND, "Northwind", List.of(Role.SALES_AGENT));
        users.ensureUser("adatum-admin", PASSWORD, "Adatum admin agent", ADATUM, "Adatum", List.of(Role.ADMIN_AGENT));
    }

    @Test
    void theProviderAttestsAgainAndTheTransferBecomesEligible() throws Exception {
        eligibility().andExpect(jsonPath("$[0].reasons[0].code").value("MCA_ATTESTATION_NOT_RETAINED"));

        confirm("northwind-admin", AGREEMENT).andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("MicrosoftCustomerAgreement"))
                .andExpect(jsonPath("$.primaryContact.email").value("ana@wideworldimporters.example"))
                .andExpect(jsonPath("$.partnerId").value(NORTHWIND));

        eligibility().andExpect(jsonPath("$[0].isEligible").value(true));
        mvc.perform(get("/v1/customers/{id}/agreements", WIDE_WORLD).param("agreementType", "MicrosoftCustomerAgreement")
                        .with(as("northwind-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalCount").value(1))
                .andExpect(jsonPath("$.items[0].templateId").value("117a77b0-9360-443b-8795-c6dedc750cf9"));
        // Contoso sees its own attestation, not the contact Northwind recorded
        mvc.perform(get("/v1/customers/{id}/agreements", WIDE_WORLD).with(as("contoso-admin")))
                .andExpect(jsonPath("$.items[*].partnerId").value(not(hasItem(NORTHWIND))));
    }

    @Test
    void theStatusSaysWhatTheProviderMustDoUntilItAttests() throws Exception {
        mcaStatus("northwind-admin", WIDE_WORLD).andExpect(status().isOk())
                .andExpect(jsonPath("$.actionRequired").value(true))
                .andExpect(jsonPath("$.actions[0].code").value("MCA_ATTESTATION_NOT_RETAINED"));
        mcaStatus("northwind-admin", COHO).andExpect(status().isNotFound());
        mcaStatus("contoso-admin", COHO).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CustomerNotMovedToProvider"));
        mcaStatus("contoso-admin", TAILSPIN).andExpect(jsonPath("$.actionRequired").value(false))
                .andExpect(jsonPath("$.actions").isEmpty());

        confirm("northwind-admin", AGREEMENT).andExpect(status().isCreated());

        mcaStatus("northwind-admin", WIDE_WORLD).andExpect(jsonPath("$.actionRequired").value(false));
    }

    @Test
    void aSecondConfirmationIs409() throws Exception {
        confirm("northwind-admin", AGREEMENT).andExpect(status().isCreated());

        confirm("northwind-admin", AGREEMENT).andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("PartnerConfirmedAgreementAlreadyExists"))
                .andExpect(jsonPath("$.partnerCenterCode").value(600061));
    }

    @Test
    void badInputWrongRoleAndOtherOrganisationsAreRefused() throws Exception {
        confirm("northwind-admin", AGREEMENT.replace("MicrosoftCustomerAgreement", "MicrosoftCloudAgreement"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("InvalidInput"));
        confirm("northwind-admin", AGREEMENT.replace("ana@wideworldimporters.example", "not-an-email"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors").value(hasItem(org.hamcrest.Matchers.containsString("primaryContact.email"))));
        confirm("northwind-sales", AGREEMENT).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reasons[0].code").value("GLOBAL_ADMIN_OR_ADMIN_AGENT_REQUIRED"));
        confirm("adatum-admin", AGREEMENT).andExpect(status().isNotFound());
        eligibility().andExpect(jsonPath("$[0].reasons[0].code").value("MCA_ATTESTATION_NOT_RETAINED"));
    }

    private ResultActions confirm(String user, String body) throws Exception {
        return mvc.perform(post("/v1/customers/{id}/agreements", WIDE_WORLD).with(as(user))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions mcaStatus(String user, String customer) throws Exception {
        return mvc.perform(get("/v1/customers/{id}/agreements/status", customer)
                .param("indirectProviderTenantId", NORTHWIND).with(as(user)));
    }

    private ResultActions eligibility() throws Exception {
        return mvc.perform(get("/v1/customers/{id}/transferseligibility", WIDE_WORLD).param("transferType", "directtoindirect")
                .param("targetPartnerTenantId", NORTHWIND).with(as("contoso-admin")));
    }
}
