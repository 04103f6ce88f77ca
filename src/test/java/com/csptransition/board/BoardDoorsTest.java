package com.csptransition.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.customer.SubscriptionRepository;
import com.csptransition.identity.Caller;
import com.csptransition.identity.Role;
import com.csptransition.transfer.TransferFixtures;
import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import com.csptransition.transfer.TransferStatus;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The board's doors from an attacker's side: the page's actions (withdraw, extension, invitation, bulk start) named at
 * another organisation's records, a provider trying to move the partner's customers, and names that carry markup.
 * Each is refused as not found or not allowed, and changes nothing.
 */
class BoardDoorsTest extends ApiTestSupport {

    static final String MARKUP = "<img src=x onerror=alert(1)>";
    static final String PLANTED = "ffffffff-0000-4000-8000-00000000000f";

    @Autowired
    RuntimeService runtime;
    @Autowired
    TransferRequestRepository transfers;
    @Autowired
    SubscriptionRepository subscriptions;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;

    @AfterEach
    void forget() {
        TransferFixtures.reset(runtime, transfers, subscriptions, tx);
        jdbc.update("delete from reseller_invitation");
        jdbc.update("delete from notification");
        jdbc.update("delete from subscription where customer_id = ?", PLANTED);
        jdbc.update("delete from reseller_relationship where customer_id = ?", PLANTED);
        jdbc.update("delete from mca_acceptance where customer_id = ?", PLANTED);
        jdbc.update("delete from customer where id = ?", PLANTED);
    }

    @Test
    void anotherOrganisationsPageActionsChangeNothing() throws Exception {
        RequestPostProcessor fabrikam = session("fabrikam-admin", FABRIKAM, Role.ADMIN_AGENT);
        // Contoso's ready customer, started from Fabrikam's session: no request
        mvc.perform(post("/board/start").with(fabrikam).with(csrf()).param("provider", NORTHWIND)
                .param("customerIds", LITWARE)).andExpect(status().isOk())
                .andExpect(content().string(containsString("No indirect provider " + NORTHWIND)));
        assertThat(transfers.count()).isZero();

        mvc.perform(post("/v1/customers/{id}/transfers", LITWARE).with(as("contoso-admin"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"sourcePartnerTenantId": "%s", "targetPartnerTenantId": "%s",
                         "lineItems": [{"subscriptionId": "litware-intune"}]}""".formatted(CONTOSO, NORTHWIND)))
                .andExpect(status().isCreated());
        String request = transfers.findAll().get(0).getId();
        // its withdrawal, by Fabrikam and by Contoso's sales agent (only an admin agent withdraws)
        mvc.perform(post("/board/withdraw").with(fabrikam).with(csrf()).param("customerId", LITWARE)
                .param("transferId", request).param("provider", NORTHWIND))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", containsString("No transfer " + request)));
        mvc.perform(post("/board/withdraw").with(session("contoso-sales", CONTOSO, Role.SALES_AGENT)).with(csrf())
                .param("customerId", LITWARE).param("transferId", request).param("provider", NORTHWIND))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("error"));
        assertThat(transfers.findById(request)).get().extracting(TransferRequest::getStatus)
                .isEqualTo(TransferStatus.Active);

        // Contoso's blocked customer: no extension to Northwind, no invitation, from Fabrikam
        mvc.perform(post("/board/extend").with(fabrikam).with(csrf()).param("customerId", COHO)
                .param("provider", NORTHWIND)).andExpect(flash().attributeExists("error"));
        mvc.perform(post("/board/invite").with(fabrikam).with(csrf()).param("customerId", COHO)
                .param("provider", NORTHWIND)).andExpect(flash().attributeExists("error"));
        assertThat(jdbc.queryForList("select partner_id from reseller_relationship where customer_id = ?", String.class,
                COHO)).doesNotContain(NORTHWIND);
        assertThat(jdbc.queryForObject("select count(*) from reseller_invitation", Long.class)).isZero();
    }

    @Test
    void theProviderCannotMoveThePartnersCustomers() throws Exception {
        // Northwind is Contoso's provider, not a partner with a provider of its own
        for (String path : List.of("/api/board/preview", "/api/board/start")) {
            mvc.perform(post(path).with(as("northwind-admin")).contentType(MediaType.APPLICATION_JSON).content("""
                    {"providerTenantId": "%s", "customerIds": ["%s"]}""".formatted(NORTHWIND, LITWARE)))
                    .andExpect(status().isNotFound());
        }
        // its own board toward any provider is empty: it has none
        String board = mvc.perform(get("/api/board").param("providerTenantId", NORTHWIND).with(as("northwind-admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.providers").isEmpty())
                .andExpect(jsonPath("$.rows").isEmpty()).andReturn().getResponse().getContentAsString();
        assertThat(board).doesNotContain("Litware", LITWARE);
        assertThat(transfers.count()).isZero();
    }

    @Test
    void aRequestStartedFromTheBoardIsNoOtherOrganisationsThroughEngineRest() throws Exception {
        mvc.perform(post("/api/board/start").with(as("contoso-admin")).contentType(MediaType.APPLICATION_JSON).content("""
                {"providerTenantId": "%s", "customerIds": ["%s"]}""".formatted(NORTHWIND, LITWARE)))
                .andExpect(status().isOk());
        String request = transfers.findAll().get(0).getId();
        String task = tasks.createTaskQuery().processInstanceBusinessKey(request).singleResult().getId();
        // the provider's agent sees its review task; Fabrikam sees neither the task nor the process
        assertThat(engineRest("northwind-admin", "/engine-rest/task?processInstanceBusinessKey=" + request))
                .contains(task);
        assertThat(engineRest("fabrikam-admin", "/engine-rest/task?processInstanceBusinessKey=" + request))
                .isEqualTo("[]");
        assertThat(engineRest("fabrikam-admin", "/engine-rest/process-instance?businessKey=" + request))
                .isEqualTo("[]");
        // nor completes it by its id, with the provider's answer
        HttpStatusCode completed = client("fabrikam-admin", PASSWORD).post().uri("/engine-rest/task/{id}/complete", task)
                .contentType(MediaType.APPLICATION_JSON).body("{\"variables\": {\"decision\": {\"value\": \"accept\"}}}")
                .retrieve().toBodilessEntity().getStatusCode();
        assertThat(completed.is4xxClientError()).as("%s", completed).isTrue();
        assertThat(transfers.findById(request)).get().extracting(TransferRequest::getStatus)
                .isEqualTo(TransferStatus.Active);
    }

    @Test
    void badInputToTheBulkStartIsAProblemAndChangesNothing() throws Exception {
        for (String body : List.of("{\"providerTenantId\": ", "{\"customerIds\": [\"" + LITWARE + "\"]}",
                "{\"providerTenantId\": \"" + NORTHWIND + "\", \"customerIds\": []}")) {
            mvc.perform(post("/api/board/start").with(as("contoso-admin")).contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(post("/api/board/start").with(as("contoso-admin")).contentType(MediaType.APPLICATION_JSON).content("""
                {"providerTenantId": "%s", "customerIds": ["%s", "no-such-customer"]}""".formatted(NORTHWIND, LITWARE)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(transfers.count()).isZero();
    }

    @Test
    void namesWithMarkupAreShownAsText() throws Exception {
        mvc.perform(post("/v1/admin/import").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
                {"partners": [], "partnerships": [], "customers": [{"id": "%s", "name": "%s", "acquiredAs": "DIRECT_BILL",
                  "resellerRelationships": [{"partnerId": "%s", "delegatedAdminPrivileges": true}]}],
                 "subscriptions": [{"id": "planted-sub", "customerId": "%s", "partnerId": "%s", "offerId": "O-1",
                  "offerName": "%s", "offerKind": "LICENSE_BASED", "quantity": 1, "status": "ACTIVE"}]}"""
                .formatted(PLANTED, MARKUP, CONTOSO, PLANTED, CONTOSO, MARKUP))).andExpect(status().isOk());
        String page = mvc.perform(get("/board").param("search", "img")
                        .with(session("contoso-admin", CONTOSO, Role.ADMIN_AGENT)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain(MARKUP);
    }

    private String engineRest(String user, String path) {
        return client(user, PASSWORD).get().uri(path).retrieve().body(String.class);
    }

    private static RequestPostProcessor session(String userId, String organisation, Role role) {
        Caller caller = new Caller(userId, organisation, Set.of(role), false);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(caller, null, List.of()));
    }
}
