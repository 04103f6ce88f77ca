package com.csptransition.customer.agreement;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.customer.CustomerFixtures;
import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

/**
 * "Microsoft Cloud Agreement is valid until January 31, 2020. After that date, all customers, existing and new, must
 * sign the new Microsoft Customer Agreement": orders and new customers on the demo data (today is after that date).
 */
class McaRequiredApiTest extends ApiTestSupport {

    static final String ORDER = """
            {"lineItems": [{"lineItemNumber": 0, "offerId": "O365-E5", "quantity": 5, "friendlyName": "Office 365 E5", "offerKind": "LICENSE_BASED"}]}""";
    static final String AGREEMENT = """
            {"primaryContact": {"firstName": "Ana", "lastName": "Lopez", "email": "ana@customer.example"},
             "dateAgreed": "2026-01-05T00:00:00Z", "templateId": "117a77b0-9360-443b-8795-c6dedc750cf9",
             "type": "MicrosoftCustomerAgreement"}""";

    @Autowired
    JdbcTemplate jdbc;
    final List<String> createdSubscriptions = new ArrayList<>();
    final List<String> createdCustomers = new ArrayList<>();

    @AfterEach
    void forgetWhatTheTestsCreated() {
        CustomerFixtures.forget(jdbc, createdSubscriptions, createdCustomers);
        CustomerFixtures.forgetAttestation(jdbc, COHO, CONTOSO);
        CustomerFixtures.forgetAttestation(jdbc, WIDE_WORLD, NORTHWIND);
    }

    @Test
    void anExistingCustomerWithoutTheMcaGetsNoNewPurchaseUntilThePartnerConfirmsItsAcceptance() throws Exception {
        order("contoso-admin", COHO).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("CapabilityNotAllowed"))
                .andExpect(jsonPath("$.reasons.length()").value(1))
                .andExpect(jsonPath("$.reasons[0].code").value("MCA_REQUIRED"))
                .andExpect(jsonPath("$.reasons[0].message").value(containsString("Coho Winery has not accepted")))
                .andExpect(jsonPath("$.reasons[0].rule").value(startsWith("After that date, all existing customers")));
        // the customer view says so too; managing what the customer has stays allowed
        mvc.perform(get("/v1/customers/{id}", COHO).with(as("contoso-admin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.capabilities[?(@.capability == 'CREATE_ORDERS')].reasons[0].code")
                        .value(hasItem("MCA_REQUIRED")))
                .andExpect(jsonPath("$.capabilities[?(@.capability == 'CHANGE_LICENSE_COUNTS')].allowed").value(hasItem(true)));

        confirm("contoso-admin", COHO).andExpect(status().isCreated());

        order("contoso-admin", COHO).andExpect(status().isCreated());
    }

    @Test
    void anotherPartnersAttestationIsNotRetainedTheProviderConfirmsItsOwn() throws Exception {
        // Wide World Importers accepted through Contoso's attestation: Contoso orders, Northwind must attest first
        order("contoso-admin", WIDE_WORLD).andExpect(status().isCreated());
        order("northwind-admin", WIDE_WORLD).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasons[*].code").value(hasItem("MCA_REQUIRED")))
                .andExpect(jsonPath("$.reasons[0].message").value(containsString("with Northwind Distribution")));

        confirm("northwind-admin", WIDE_WORLD).andExpect(status().isCreated());

        order("northwind-admin", WIDE_WORLD).andExpect(status().isCreated());
    }

    @Test
    void anAcceptanceInTheMicrosoft365AdminCenterHoldsForEveryResellerOfRecord() throws Exception {
        // Tailspin Toys accepted in the Microsoft 365 admin center while Contoso was its partner
        order("northwind-admin", TAILSPIN).andExpect(status().isCreated());
    }

    @Test
    void aNewCustomerIsCreatedOnlyWithItsAcceptance() throws Exception {
        create("contoso-admin", "").andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("CapabilityNotAllowed"))
                .andExpect(jsonPath("$.reasons.length()").value(1))
                .andExpect(jsonPath("$.reasons[0].code").value("MCA_REQUIRED"))
                .andExpect(jsonPath("$.reasons[0].rule").value(startsWith("After that date, all new customers")));
        create("contoso-admin", ", \"agreement\": " + AGREEMENT.replace("MicrosoftCustomerAgreement", "MicrosoftCloudAgreement"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("InvalidInput"))
                .andExpect(jsonPath("$.errors").value(hasItem(containsString("agreement.type"))));

        String created = create("contoso-admin", ", \"agreement\": " + AGREEMENT).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        createdCustomers.add(id);

        // the attestation is the customer's acceptance, listed as any other, and it lets the partner order
        mvc.perform(get("/v1/customers/{id}/agreements", id).with(as("contoso-admin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalCount").value(1))
                .andExpect(jsonPath("$.items[0].partnerId").value(CONTOSO))
                .andExpect(jsonPath("$.items[0].primaryContact.email").value("ana@customer.example"))
                .andExpect(jsonPath("$.items[0].attributes.acceptedVia").value("PARTNER_ATTESTATION"));
        order("contoso-admin", id).andExpect(status().isCreated());
    }

    private ResultActions order(String user, String customer) throws Exception {
        ResultActions result = mvc.perform(post("/v1/customers/{id}/orders", customer).with(as(user))
                .contentType(MediaType.APPLICATION_JSON).content(ORDER));
        if (result.andReturn().getResponse().getStatus() == 201) {
            List<String> ids = JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.lineItems[*].subscriptionId");
            createdSubscriptions.addAll(ids);
        }
        return result;
    }

    private ResultActions confirm(String user, String customer) throws Exception {
        return mvc.perform(post("/v1/customers/{id}/agreements", customer).with(as(user))
                .contentType(MediaType.APPLICATION_JSON).content(AGREEMENT));
    }

    private ResultActions create(String user, String agreement) throws Exception {
        return mvc.perform(post("/v1/customers").with(as(user)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"companyProfile\": {\"companyName\": \"Graphic Design Institute\"}" + agreement + "}"));
    }
}
