package com.csptransition.customer.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.customer.CustomerRepository;
import com.csptransition.customer.ResellerRelationship;
import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The personalised invitation link from the attacker's side: whoever holds a link tries to attach the reseller and
 * its provider to a customer the link was not made for.
 */
class InvitationLinkDoorTest extends ApiTestSupport {

    static final String NEW_TENANT = "77777777-0000-4000-8000-000000000077";

    @Autowired
    RuntimeService runtime;
    @Autowired
    CustomerRepository customers;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetInvitations() {
        InvitationFixtures.forget(runtime, jdbc, NEW_TENANT);
    }

    @Test
    void aNewCustomerLinkNeverAttachesToAnotherPartnersCustomer() throws Exception {
        Set<ResellerRelationship> before = customers.findById(PROSEWARE).orElseThrow().getResellerRelationships();
        String token = token(invite(null));

        // Fabrikam's customer Proseware given as the "new" tenant
        accept(token, PROSEWARE, "Proseware").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CustomerAlreadyExists"));

        assertThat(customers.findById(PROSEWARE).orElseThrow().getResellerRelationships()).isEqualTo(before);
        mvc.perform(get("/invitations/{token}", token)).andExpect(jsonPath("$.state").value("SENT"));
        mvc.perform(get("/v1/customers/{id}/orders", PROSEWARE).with(as("contoso-admin"))).andExpect(status().isNotFound());
    }

    @Test
    void aNewCustomersTenantIdIsAGuid() throws Exception {
        String token = token(invite(null));

        accept(token, "race-tenant-3", "Race").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("customerTenantId")));
        accept(token, "1-1-1-1-1", "Race").andExpect(status().isBadRequest());
        assertThat(customers.existsById("race-tenant-3")).isFalse();

        accept(token, NEW_TENANT, "Fourth Coffee").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ACCEPTED"));
        assertThat(customers.findById(NEW_TENANT).orElseThrow().getResellerRelationships()).containsExactlyInAnyOrder(
                new ResellerRelationship(CONTOSO, true), new ResellerRelationship(NORTHWIND, true));
    }

    @Test
    void anExistingCustomerLinkIsForItsCustomerOnly() throws Exception {
        String token = token(invite(COHO));

        Set<ResellerRelationship> before = customers.findById(PROSEWARE).orElseThrow().getResellerRelationships();
        accept(token, PROSEWARE, null).andExpect(status().isBadRequest());
        assertThat(customers.findById(PROSEWARE).orElseThrow().getResellerRelationships()).isEqualTo(before);

        accept(token, COHO, null).andExpect(status().isOk());
        assertThat(customers.findById(COHO).orElseThrow().hasReseller(NORTHWIND)).isTrue();
        // answered once: the link does no more
        accept(token, COHO, null).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("InvitationNotOpen"));
    }

    private ResultActions invite(String customer) throws Exception {
        String body = customer == null ? "{\"providerTenantId\": \"%s\"}".formatted(NORTHWIND)
                : "{\"providerTenantId\": \"%s\", \"customerTenantId\": \"%s\"}".formatted(NORTHWIND, customer);
        return mvc.perform(post("/api/reseller-invitations").with(as("contoso-admin"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
    }

    private ResultActions accept(String token, String tenant, String companyName) throws Exception {
        String body = companyName == null ? "{\"customerTenantId\": \"%s\"}".formatted(tenant)
                : "{\"customerTenantId\": \"%s\", \"companyName\": \"%s\"}".formatted(tenant, companyName);
        return mvc.perform(post("/invitations/{token}/accept", token).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String token(ResultActions sent) throws Exception {
        String link = JsonPath.read(sent.andReturn().getResponse().getContentAsString(), "$.link");
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
