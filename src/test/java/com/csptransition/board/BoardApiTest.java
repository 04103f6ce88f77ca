package com.csptransition.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.customer.SubscriptionRepository;
import com.csptransition.identity.Caller;
import com.csptransition.identity.Role;
import com.csptransition.rules.Reason;
import com.csptransition.transfer.TransferFixtures;
import com.csptransition.transfer.TransferRequestRepository;
import com.csptransition.transfer.TransferRequests;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/** The board's REST endpoints: rows from the rules, the preview that changes nothing, the bulk start and its retry. */
class BoardApiTest extends ApiTestSupport {

    static final String ALL_READY = """
            {"providerTenantId": "%s", "allReady": true}""".formatted(NORTHWIND);

    @Autowired
    RuntimeService runtime;
    @Autowired
    TransferRequestRepository transfers;
    @Autowired
    SubscriptionRepository subscriptions;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void endEveryTransfer() {
        TransferFixtures.reset(runtime, transfers, subscriptions, tx);
    }

    @Test
    void rowsCarryTheRulesReadinessAndNextActions() throws Exception {
        String board = mvc.perform(get("/api/board").with(as("contoso-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.providerId").value(NORTHWIND))
                .andExpect(jsonPath("$.providers[*].name").value(contains("Northwind Distribution")))
                .andExpect(jsonPath("$.totals.ALL").value(5))
                .andExpect(jsonPath("$.totals.READY").value(2))
                .andExpect(jsonPath("$.totals.BLOCKED").value(2))
                .andExpect(jsonPath("$.totals.DONE").value(1))
                .andReturn().getResponse().getContentAsString();

        assertThat(readiness(board, LITWARE)).isEqualTo("READY");
        assertThat(readiness(board, COHO)).isEqualTo("BLOCKED");
        assertThat(JsonPath.<List<String>>read(board, "$.rows[?(@.customerId=='" + COHO + "')].nextActions[*].code"))
                .containsExactlyInAnyOrder("NEXT_EXTEND_RELATIONSHIP", "NEXT_OBTAIN_MCA");
        assertThat(JsonPath.<List<String>>read(board, "$.rows[?(@.customerId=='" + COHO + "')].subscriptions[0].reasons[*].code"))
                .containsExactlyInAnyOrder("CUSTOMER_NOT_MOVED_TO_PROVIDER", "MCA_NOT_ACCEPTED");
        assertThat(JsonPath.<List<String>>read(board, "$.rows[?(@.customerId=='" + COHO + "')].nextActions[*].message"))
                .contains("Send a reseller relationship extension to Northwind Distribution (or an indirect reseller"
                        + " invitation) for Coho Winery.");
        assertThat(JsonPath.<List<String>>read(board, "$.rows[?(@.customerId=='" + WIDE_WORLD + "')].nextActions[*].message"))
                .singleElement().asString().startsWith("Northwind Distribution must attest the MCA for Wide World Importers");
        assertThat(JsonPath.<List<String>>read(board, "$.rows[?(@.customerId=='" + WIDE_WORLD + "')].mca"))
                .containsExactly("attested by Contoso on 2020-01-25");
    }

    @Test
    void filterSearchAndPaging() throws Exception {
        mvc.perform(get("/api/board").param("readiness", "READY").with(as("contoso-admin")))
                .andExpect(jsonPath("$.matching").value(2))
                .andExpect(jsonPath("$.rows[*].customerName").value(contains("Litware", "Tailspin Toys")));
        mvc.perform(get("/api/board").param("search", "coho").with(as("contoso-admin")))
                .andExpect(jsonPath("$.rows[*].customerName").value(contains("Coho Winery")))
                .andExpect(jsonPath("$.totals.ALL").value(5));
        mvc.perform(get("/api/board").param("size", "2").param("page", "2").with(as("contoso-admin")))
                .andExpect(jsonPath("$.matching").value(5))
                .andExpect(jsonPath("$.rows.length()").value(1));
        mvc.perform(get("/api/board").param("readiness", "SOON").with(as("contoso-admin")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("InvalidInput"));
        mvc.perform(get("/api/board").param("providerTenantId", ADATUM).with(as("contoso-admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePreviewSaysWhatWouldGoAndChangesNothing() throws Exception {
        mvc.perform(post("/api/board/preview").with(as("contoso-sales")).contentType(MediaType.APPLICATION_JSON)
                        .content(selection(LITWARE, COHO)))
                .andExpect(status().isOk())
                // in the board's order: by customer name
                .andExpect(jsonPath("$.items[*].customerName").value(contains("Coho Winery", "Litware")))
                .andExpect(jsonPath("$.items[1].movable").value(true))
                .andExpect(jsonPath("$.items[1].lines[?(@.subscriptionId=='litware-intune')].quantity").value(hasItem(60)))
                .andExpect(jsonPath("$.items[1].lines[?(@.subscriptionId=='litware-intune')].effect").value(hasItem("SUSPENDED")))
                .andExpect(jsonPath("$.items[1].lines[?(@.subscriptionId=='litware-azure-payg')].effect")
                        .value(hasItem("NO_LONGER_LISTED")))
                .andExpect(jsonPath("$.items[0].movable").value(false))
                .andExpect(jsonPath("$.items[0].reasons[0].code").value("BLOCKED"));
        mvc.perform(post("/api/board/preview").with(as("contoso-sales")).contentType(MediaType.APPLICATION_JSON)
                        .content(selection(TAILSPIN)))
                .andExpect(jsonPath("$.items[0].lines[?(@.subscriptionId=='tailspin-o365-e3')].addOns[*].subscriptionId")
                        .value(hasItem("tailspin-o365-audio")));
        assertThat(transfers.count()).isZero();
    }

    @Test
    void theBulkStartCreatesOneRequestPerReadyCustomerAndARetryNone() throws Exception {
        String first = start(ALL_READY).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].customerName").value(containsInAnyOrder("Litware", "Tailspin Toys")))
                .andExpect(jsonPath("$.items[*].result").value(contains("CREATED", "CREATED")))
                .andReturn().getResponse().getContentAsString();
        List<String> created = JsonPath.read(first, "$.items[*].transferId");

        // the same batch again, as a client that lost the answer would send it: nothing new, the open requests named
        start(selection(LITWARE, TAILSPIN, COHO))
                .andExpect(jsonPath("$.items[*].customerName").value(contains("Coho Winery", "Litware", "Tailspin Toys")))
                .andExpect(jsonPath("$.items[*].result").value(contains("REFUSED", "IN_FLIGHT", "IN_FLIGHT")))
                .andExpect(jsonPath("$.items[1].transferId").value(created.get(0)))
                .andExpect(jsonPath("$.items[0].reasons[*].code").value(hasItem("NEXT_EXTEND_RELATIONSHIP")));
        start(ALL_READY).andExpect(jsonPath("$.totalCount").value(0));
        assertThat(transfers.count()).isEqualTo(2);

        mvc.perform(get("/api/board").param("readiness", "IN_FLIGHT").with(as("contoso-admin")))
                .andExpect(jsonPath("$.rows[*].openRequests[0].stage").value(contains("AWAITING_REVIEW", "AWAITING_REVIEW")))
                .andExpect(jsonPath("$.rows[0].nextActions[0].code").value("NEXT_PROVIDER_REVIEWS"));
        mvc.perform(get("/api/board/incoming").with(as("northwind-admin")))
                .andExpect(jsonPath("$.items[*].customerName").value(containsInAnyOrder("Litware", "Tailspin Toys")))
                .andExpect(jsonPath("$.items[0].partnerName").value("Contoso"))
                .andExpect(jsonPath("$.items[0].stage").value("AWAITING_REVIEW"))
                .andExpect(jsonPath("$.items[0].taskLink").value(startsWith("/camunda/app/tasklist/default/#/?task=")));
        mvc.perform(get("/api/board/incoming").with(as("fabrikam-admin"))).andExpect(jsonPath("$.totalCount").value(0));
    }

    @Test
    void aRequestMadeElsewhereShowsOnTheNextView() throws Exception {
        // the board remembers the rules' answers: this view fills its memory, the next must still see the change
        assertThat(readiness(view(), LITWARE)).isEqualTo("READY");
        mvc.perform(post("/v1/customers/{id}/transfers", LITWARE).with(as("contoso-admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"sourcePartnerTenantId": "%s", "targetPartnerTenantId": "%s",
                         "lineItems": [{"subscriptionId": "litware-intune"}]}""".formatted(CONTOSO, NORTHWIND)))
                .andExpect(status().isCreated());
        String board = view();
        assertThat(readiness(board, LITWARE)).isEqualTo("IN_FLIGHT");
        assertThat(JsonPath.<List<String>>read(board, "$.rows[?(@.customerId=='" + LITWARE + "')].nextActions[*].code"))
                .containsExactly("NEXT_PROVIDER_REVIEWS");
        mvc.perform(delete("/v1/customers/{id}/transfers/{t}", LITWARE, transfers.findAll().get(0).getId())
                .with(as("contoso-admin"))).andExpect(status().is2xxSuccessful());
        assertThat(readiness(view(), LITWARE)).isEqualTo("READY");
    }

    @Test
    void aChangeOfACustomersFactsShowsOnTheNextView(@Autowired JdbcTemplate jdbc) throws Exception {
        // the board skips reading the facts of a customer whose stamp is unchanged: every change must give a new one
        String before = view();
        assertThat(JsonPath.<List<String>>read(before, "$.rows[?(@.customerId=='" + COHO + "')].nextActions[*].code"))
                .contains("NEXT_EXTEND_RELATIONSHIP");
        mvc.perform(post("/v1/customers/{id}/indirect-providers", COHO).with(as("contoso-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"indirectProviderTenantId\": \"%s\", \"customerConsent\": true}".formatted(NORTHWIND)))
                .andExpect(status().isCreated());
        mvc.perform(patch("/v1/customers/{c}/subscriptions/{s}", LITWARE, "litware-intune").with(as("contoso-admin"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"suspended\"}")).andExpect(status().isOk());
        try {
            String after = view();
            assertThat(JsonPath.<List<String>>read(after, "$.rows[?(@.customerId=='" + COHO + "')].nextActions[*].code"))
                    .doesNotContain("NEXT_EXTEND_RELATIONSHIP");
            assertThat(JsonPath.<List<String>>read(after,
                    "$.rows[?(@.customerId=='" + LITWARE + "')].subscriptions[?(@.id=='litware-intune')].status"))
                    .containsExactly("SUSPENDED");
        } finally { // as the demo bundle has it (the next test's import keeps what the API recorded)
            jdbc.update("update subscription set status = 'ACTIVE' where id = 'litware-intune'");
            jdbc.update("update customer set facts_stamp = ? where id = ?", UUID.randomUUID().toString(), LITWARE);
        }
    }

    @Test
    void aStartTheRulesRefuseIsAnsweredWithItsReasonsAndAudited(@Autowired BulkMove move, @Autowired JdbcTemplate jdbc) {
        // the board called Litware ready; before its request is made, the subscription is suspended elsewhere
        Caller contoso = new Caller("contoso-admin", CONTOSO, Set.of(Role.ADMIN_AGENT), false);
        List<BoardRow> plan = move.plan(contoso, new BulkMove.Selection(NORTHWIND, List.of(LITWARE), false));
        assertThat(plan).singleElement().extracting(BoardRow::ready).isEqualTo(true);
        tx.executeWithoutResult(t -> subscriptions.findById("litware-intune").orElseThrow().suspend());
        String decided = "select count(*) from decision_record where kind = '" + TransferRequests.CREATION_DECISION + "'";
        Integer before = jdbc.queryForObject(decided, Integer.class);
        try {
            List<BulkMove.Started> started = move.start(contoso, plan, s -> { });
            assertThat(started).singleElement().satisfies(s -> {
                assertThat(s.result()).isEqualTo("REFUSED");
                assertThat(s.reasons()).extracting(Reason::code).isNotEmpty().doesNotContainNull();
            });
            // made on a thread of the bulk start's, not a request's: the rolled-back decision is kept all the same
            assertThat(jdbc.queryForObject(decided, Integer.class)).isEqualTo(before + 1);
            assertThat(transfers.count()).isZero();
        } finally { // as the demo bundle has it (the next test's import keeps what the API recorded)
            jdbc.update("update subscription set status = 'ACTIVE' where id = 'litware-intune'");
            jdbc.update("update customer set facts_stamp = ? where id = ?", UUID.randomUUID().toString(), LITWARE);
        }
    }

    @Test
    void onlyAnAdminAgentStartsAndOnlyOwnCustomersAreMoved() throws Exception {
        mvc.perform(post("/api/board/start").with(as("contoso-sales")).contentType(MediaType.APPLICATION_JSON)
                        .content(ALL_READY))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reasons[0].code").value("ADMIN_AGENT_REQUIRED"));
        mvc.perform(post("/api/board/preview").with(as("contoso-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(selection(PROSEWARE)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString(PROSEWARE)));
        mvc.perform(post("/api/board/preview").with(as("fabrikam-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(selection(LITWARE)))
                .andExpect(status().isNotFound());
        assertThat(transfers.count()).isZero();
    }

    private ResultActions start(String body) throws Exception {
        return mvc.perform(post("/api/board/start").with(as("contoso-admin")).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static String selection(String... customers) {
        return """
                {"providerTenantId": "%s", "customerIds": ["%s"]}""".formatted(NORTHWIND, String.join("\", \"", customers));
    }

    private String view() throws Exception {
        return mvc.perform(get("/api/board").param("size", "200").with(as("contoso-admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static String readiness(String board, String customer) {
        List<String> found = JsonPath.read(board, "$.rows[?(@.customerId=='" + customer + "')].readiness");
        return found.get(0);
    }
}
