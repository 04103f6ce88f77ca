package com.csptransition.customer.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.customer.Customer;
import com.csptransition.customer.CustomerRepository;
import com.csptransition.customer.ResellerRelationship;
import com.csptransition.customer.AcquisitionKind;
import com.csptransition.customer.invitation.process.InvitationProcess;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

/** "Acquire new customers as indirect reseller", "Send an indirect reseller invitation to the customer". */
class ResellerInvitationTest extends ApiTestSupport {

    static final String FOURTH_COFFEE = "99999999-0000-4000-8000-000000000099";

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    CustomerRepository customers;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void engine() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void forgetInvitations() {
        InvitationFixtures.forget(runtime, jdbc, FOURTH_COFFEE);
    }

    @Test
    void aNewCustomerAuthorizesTheResellerAndItsProviderAtTheSameTime() throws Exception {
        String sent = invite("contoso-admin", NORTHWIND, null).andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("SENT"))
                .andExpect(jsonPath("$.link").value(containsString("/invitations/")))
                .andReturn().getResponse().getContentAsString();
        String link = JsonPath.read(sent, "$.link");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat((String) JsonPath.read(sent, "$.emailDraft.body")).contains(link);
        ProcessInstance process = process(JsonPath.read(sent, "$.id"));
        assertThat(process).isWaitingAt(InvitationProcess.AWAIT);

        // the customer follows the personalised link: no account needed, the token is the secret
        mvc.perform(get("/invitations/{token}", token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.resellerName").value("Contoso"))
                .andExpect(jsonPath("$.providerName").value("Northwind Distribution"));
        mvc.perform(post("/invitations/{token}/accept", token)).andExpect(status().isBadRequest());
        mvc.perform(post("/invitations/{token}/accept", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerTenantId\": \"%s\", \"companyName\": \"Fourth Coffee\"}".formatted(FOURTH_COFFEE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ACCEPTED"));

        assertThat(process).hasPassed("establishResellerRelationships", "resellersOfRecord").isEnded();
        Customer customer = customers.findById(FOURTH_COFFEE).orElseThrow();
        assertThat(customer.getAcquiredAs()).isEqualTo(AcquisitionKind.INDIRECT_RESELLER);
        assertThat(customer.getResellerRelationships()).containsExactlyInAnyOrder(
                new ResellerRelationship(CONTOSO, true), new ResellerRelationship(NORTHWIND, true));
        mvc.perform(get("/v1/customers/{id}", FOURTH_COFFEE).with(as("contoso-admin"))).andExpect(status().isOk());
        mvc.perform(get("/api/notifications").param("kind", "RESELLER_INVITATION_ACCEPTED").with(admin()))
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(post("/invitations/{token}/accept", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerTenantId\": \"%s\", \"companyName\": \"Fourth Coffee\"}".formatted(FOURTH_COFFEE)))
                .andExpect(status().isConflict());
        // the provider sees the invitation, without the reseller's link
        mvc.perform(get("/api/reseller-invitations").with(as("northwind-admin")))
                .andExpect(jsonPath("$[0].state").value("ACCEPTED")).andExpect(jsonPath("$[0].link").doesNotExist());
    }

    @Test
    void anExistingCustomerGivesTheProviderDelegatedAdminPrivileges() throws Exception {
        // Tailspin: Northwind is reseller of record by relationship extension, without delegated admin privileges
        String token = token(invite("contoso-admin", NORTHWIND, TAILSPIN).andExpect(status().isCreated()));

        mvc.perform(post("/invitations/{token}/accept", token)).andExpect(status().isOk());

        assertThat(customers.findById(TAILSPIN).orElseThrow().getResellerRelationships())
                .extracting(ResellerRelationship::partnerId, ResellerRelationship::delegatedAdminPrivileges)
                .containsExactlyInAnyOrder(tuple(CONTOSO, true), tuple(NORTHWIND, true));
        assertThat(customers.findById(TAILSPIN).orElseThrow().billToOf(CONTOSO)).as("Contoso keeps its bill-to info").isPresent();
        assertThat(customers.findById(TAILSPIN).orElseThrow().getAcquiredAs()).isEqualTo(AcquisitionKind.DIRECT_BILL);

        // Litware: Northwind already administers it
        invite("contoso-admin", NORTHWIND, LITWARE).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasons[0].code").value("PROVIDER_ALREADY_RESELLER_OF_RECORD"));
    }

    @Test
    void onlyAnIndirectResellersAdminAgentInvitesWithAnAcceptedProvider() throws Exception {
        invite("contoso-admin", ADATUM, null).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasons[0].code").value("PARTNERSHIP_NOT_ACCEPTED"));
        invite("fabrikam-admin", NORTHWIND, null).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasons[*].code").value(hasItem("NOT_AN_INDIRECT_RESELLER")));
        invite("contoso-sales", NORTHWIND, null).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reasons[0].code").value("ADMIN_AGENT_REQUIRED"));
        invite("contoso-admin", NORTHWIND, PROSEWARE).andExpect(status().isNotFound());
        invite("contoso-admin", "nobody", null).andExpect(status().isNotFound());
        mvc.perform(get("/invitations/{token}", "not-a-token")).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from reseller_invitation", Integer.class)).isZero();
    }

    @Test
    void aLinkNobodyFollowsExpires() throws Exception {
        ResultActions sent = invite("contoso-admin", NORTHWIND, COHO);
        String token = token(sent);
        ProcessInstance process = process(JsonPath.read(sent.andReturn().getResponse().getContentAsString(), "$.id"));
        assertThat(process).isWaitingAt(InvitationProcess.AWAIT);
        assertThat(Duration.between(Instant.now(), job().getDuedate().toInstant()))
                .isBetween(Duration.ofDays(90).minusMinutes(5), Duration.ofDays(90));

        execute(job());

        assertThat(process).hasPassed("expireResellerInvitation", "invitationExpired").isEnded();
        mvc.perform(post("/invitations/{token}/accept", token)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("InvitationNotOpen"));
        assertThat(customers.findById(COHO).orElseThrow().hasReseller(NORTHWIND)).isFalse();
    }

    private ResultActions invite(String user, String provider, String customer) throws Exception {
        String body = customer == null ? "{\"providerTenantId\": \"%s\"}".formatted(provider)
                : "{\"providerTenantId\": \"%s\", \"customerTenantId\": \"%s\"}".formatted(provider, customer);
        return mvc.perform(post("/api/reseller-invitations").with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String token(ResultActions sent) throws Exception {
        String link = JsonPath.read(sent.andReturn().getResponse().getContentAsString(), "$.link");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private ProcessInstance process(String invitationId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(invitationId).singleResult();
    }
}
