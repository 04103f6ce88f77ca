package com.csptransition.web;

import static com.csptransition.web.CrossSiteRequestTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.identity.Role;
import com.csptransition.postgres.AlsoOnPostgres;
import com.csptransition.transfer.TransferRequestRepository;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Input no client should send: values longer than we store, quantities that are not whole numbers, the wrong JSON
 * type, huge bodies, odd paths. Each is a 400 (413 for size) problem+json that names the field and changes nothing;
 * none leaks a Java class, a Jackson feature, Tomcat's HTML or Spring's default error JSON.
 */
@AlsoOnPostgres
class BadInputTest extends ApiTestSupport {

    static final String TRANSFERS = "/v1/customers/" + LITWARE + "/transfers";
    static final String ORDERS = "/v1/customers/" + TAILSPIN + "/orders";
    static final String PROSEWARE_E3 = "/v1/customers/" + PROSEWARE + "/subscriptions/proseware-o365-e3";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransferRequestRepository transfers;
    @Autowired
    RuntimeService runtime;

    @BeforeEach
    void moreUsers() {
        users.ensureUser("fabrikam-global", PASSWORD, "Fabrikam global admin", FABRIKAM, "Fabrikam", List.of(Role.GLOBAL_ADMIN));
    }

    @AfterEach
    void forgetWhatSlippedThrough() {
        runtime.createProcessInstanceQuery().list()
                .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test reset", true, true));
        transfers.deleteAll();
        jdbc.update("delete from customer_order_line");
        jdbc.update("delete from customer_order");
        jdbc.update("delete from notification");
        jdbc.update("delete from enrollment");
    }

    @Test
    void valuesLongerThanWeStoreAre400NamingTheField() throws Exception {
        int customers = count("customer");
        int subscriptions = count("subscription");

        invalid(json(post("/api/enrollment"), "fabrikam-global", """
                {"companyName": "%s", "mpnId": "2345678",
                 "primaryContact": {"firstName": "Ann", "lastName": "Lee", "email": "ann@fabrikam.example"}}"""
                .formatted("C".repeat(300))), "companyName");
        invalid(json(post("/v1/customers"), "contoso-admin", "{\"companyProfile\": {\"companyName\": \"%s\"}}"
                .formatted("C".repeat(300))), "companyProfile.companyName");
        invalid(json(post(ORDERS), "contoso-admin", order("\"" + "O".repeat(300) + "\"", "5", "\"Office\"")),
                "lineItems[0].offerId");
        invalid(json(post(ORDERS), "contoso-admin", order("\"O365-E5\"", "5", "\"" + "F".repeat(100_000) + "\"")),
                "lineItems[0].friendlyName");
        invalid(json(post(TRANSFERS), "contoso-admin", transfer(CONTOSO, "s".repeat(65))),
                "lineItems[0].subscriptionId");
        invalid(json(post(TRANSFERS), "contoso-admin", transfer("p".repeat(65), "litware-intune")),
                "sourcePartnerTenantId");
        invalid(json(patch(TRANSFERS + "/any"), "northwind-admin", "{\"status\": \"reject\", \"rejectionReason\": \"%s\"}"
                .formatted("R".repeat(2001))), "rejectionReason");
        invalid(mvc.perform(post("/v1/admin/import").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"partners\": [{\"id\": \"%s\", \"name\": \"Long\", \"trailingTwelveMonthRevenueUsd\": 0, \"programs\": [\"DIRECT_BILL\"]}]}"
                        .formatted("p".repeat(65)))), "partners[0].id");

        // two lines cannot share a number: the second is no lost race
        invalid(json(post(ORDERS), "contoso-admin", """
                {"lineItems": [{"lineItemNumber": 0, "offerId": "O365-E5", "quantity": 1, "offerKind": "LICENSE_BASED"},
                               {"lineItemNumber": 0, "offerId": "O365-E3", "quantity": 1, "offerKind": "LICENSE_BASED"}]}"""),
                "lineItemNumbersDistinct");

        assertThat(count("customer")).isEqualTo(customers);
        assertThat(count("subscription")).isEqualTo(subscriptions);
        assertThat(count("customer_order") + count("enrollment") + transfers.count()).isZero();
    }

    @Test
    void quantitiesAreWholeNumbersWithinTheLimit() throws Exception {
        int quantity = jdbc.queryForObject("select quantity from subscription where id = 'proseware-o365-e3'", Integer.class);
        for (String bad : List.of("1.5", "\"5\"", "2147483647", "1000001", "0", "-1", "true")) {
            invalid(json(post(ORDERS), "contoso-admin", order("\"O365-E5\"", bad, "\"Office\"")), "lineItems[0].quantity");
            invalid(json(patch(PROSEWARE_E3), "fabrikam-admin", "{\"quantity\": " + bad + "}"), "quantity");
        }
        invalid(json(post(ORDERS), "contoso-admin", order("\"O365-E5\"", "99999999999", "\"Office\"")),
                "lineItems[0].quantity");

        assertThat(count("customer_order")).isZero();
        assertThat(jdbc.queryForObject("select quantity from subscription where id = 'proseware-o365-e3'", Integer.class))
                .isEqualTo(quantity);
    }

    @Test
    void wrongTypesSayWhichFieldAndWhatJsonTypeWasExpected() throws Exception {
        invalid(json(post(TRANSFERS), "contoso-admin", """
                {"sourcePartnerTenantId": "%s", "targetPartnerTenantId": "%s", "lineItems": {"subscriptionId": "x"}}"""
                .formatted(CONTOSO, NORTHWIND)), "lineItems")
                .andExpect(jsonPath("$.errors[0]").value("lineItems: expected an array"));
        invalid(json(post(TRANSFERS), "contoso-admin", """
                {"sourcePartnerTenantId": ["%s"], "targetPartnerTenantId": "%s", "lineItems": []}"""
                .formatted(CONTOSO, NORTHWIND)), "sourcePartnerTenantId")
                .andExpect(jsonPath("$.errors[0]").value("sourcePartnerTenantId: expected a string"));
        invalid(json(post(ORDERS), "contoso-admin", order("\"O365-E5\"", "1.5", "\"Office\"")), "lineItems[0].quantity")
                .andExpect(jsonPath("$.errors[0]").value(startsWith("lineItems[0].quantity: expected an integer")));
        invalid(json(post(ORDERS), "contoso-admin", order("\"O365-E5\"", "5", "{\"name\": 1}")),
                "lineItems[0].friendlyName");
        invalid(json(post(ORDERS), "contoso-admin", order("\"O365-E5\"", "5", "\"Office\"", "\"FREE\"")),
                "lineItems[0].offerKind")
                .andExpect(jsonPath("$.errors[0]").value(containsString("LICENSE_BASED")));
        invalid(json(post("/v1/customers/" + WIDE_WORLD + "/agreements"), "northwind-admin", """
                {"primaryContact": {"firstName": "Ana", "lastName": "Lopez", "email": "ana@wideworldimporters.example"},
                 "dateAgreed": "yesterday", "templateId": "t", "type": "MicrosoftCustomerAgreement"}"""), "dateAgreed");
        invalid(json(post("/v1/admin/import"), null, "[]"), "body")
                .andExpect(jsonPath("$.errors[0]").value("body: expected an object"));

        // where the JSON breaks, by line and column
        mvc.perform(post("/v1/admin/import").with(admin()).contentType(MediaType.APPLICATION_JSON).content("{\"partners\": [\n{\"id\": }"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("InvalidInput"))
                .andExpect(jsonPath("$.detail").value(containsString("line 2, column 8")))
                .andExpect(content().string(not(containsString("Source"))));
    }

    @Test
    void bodiesOverTheLimitAre413AndCreateNothing() throws Exception {
        String body = transfer(CONTOSO, "litware-intune");
        RawHttp.Answer sized = RawHttp.send(port, "POST " + TRANSFERS + " HTTP/1.1",
                RawHttp.basic("contoso-admin", PASSWORD) + "Content-Type: application/json\r\n",
                padded(10 * 1024 * 1024, body), false);
        RawHttp.Answer chunked = RawHttp.send(port, "POST " + TRANSFERS + " HTTP/1.1",
                RawHttp.basic("contoso-admin", PASSWORD) + "Content-Type: application/json\r\n",
                padded(1024 * 1024, body), true);
        RawHttp.Answer claimed = RawHttp.send(port, "POST /v1/admin/import HTTP/1.1", RawHttp.basic("admin", "admin-secret")
                + "Content-Type: application/json\r\nContent-Length: 104857600\r\n", null, false);

        for (RawHttp.Answer answer : List.of(sized, chunked, claimed)) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(413);
            assertProblem(answer, "PayloadTooLarge");
        }
        assertThat(transfers.count()).isZero();
    }

    @Test
    void theImportTakesALargerBody() throws Exception {
        byte[] padded = padded(1024 * 1024, demoBundle());

        RawHttp.Answer answer = RawHttp.send(port, "POST /v1/admin/import HTTP/1.1",
                RawHttp.basic("admin", "admin-secret") + "Content-Type: application/json\r\n", padded, true);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    @Test
    void oddPathsAnswerProblemJson() throws Exception {
        String contoso = RawHttp.basic("contoso-admin", PASSWORD);
        List<RawHttp.Answer> badRequests = List.of(
                RawHttp.get(port, "/v1/%", contoso),                      // a malformed escape: Tomcat refuses it
                RawHttp.get(port, "/v1/%zz/transfers", ""),
                RawHttp.get(port, "/v1//customers/" + LITWARE + "/transfers", contoso), // Spring Security's firewall
                RawHttp.get(port, "/v1/%2e%2e/api/rules", contoso),
                RawHttp.get(port, "/api/rules;jsessionid=x", contoso),
                RawHttp.send(port, "FOO /v1/customers HTTP/1.1", contoso, null, false),
                RawHttp.send(port, "GET /v1/{x} HTTP/1.1", contoso, null, false)); // invalid characters
        for (RawHttp.Answer answer : badRequests) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertProblem(answer, "InvalidInput");
        }
        for (RawHttp.Answer answer : List.of(RawHttp.get(port, "/error", ""), RawHttp.get(port, "/error", contoso),
                RawHttp.get(port, "/no/such/page", ""), RawHttp.get(port, "/v1/no/such/resource", contoso))) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(404);
            assertProblem(answer, "NotFound");
        }
    }

    private ResultActions json(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        return mvc.perform(request.with(user == null ? admin() : as(user)).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    /** 400 InvalidInput naming the field, and nothing about how we are built. */
    private static ResultActions invalid(ResultActions result, String field) throws Exception {
        String body = result.andReturn().getResponse().getContentAsString();
        for (String leak : List.of("java.", "com.csptransition", "jackson", "Feature", "Coercion", "`", "Source")) {
            assertThat(body).as(field).doesNotContain(leak);
        }
        return result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("InvalidInput"))
                .andExpect(jsonPath("$.partnerCenterCode").value(800002))
                .andExpect(jsonPath("$.errors").value(hasItem(startsWith(field + ": "))));
    }

    private static String order(String offerId, String quantity, String friendlyName) {
        return order(offerId, quantity, friendlyName, "\"LICENSE_BASED\"");
    }

    private static String order(String offerId, String quantity, String friendlyName, String offerKind) {
        return """
                {"referenceCustomerId": "%s", "billingCycle": "monthly",
                 "lineItems": [{"lineItemNumber": 0, "offerId": %s, "quantity": %s, "friendlyName": %s, "offerKind": %s}]}"""
                .formatted(TAILSPIN, offerId, quantity, friendlyName, offerKind);
    }

    private static String transfer(String source, String subscriptionId) {
        return "{\"sourcePartnerTenantId\": \"%s\", \"targetPartnerTenantId\": \"%s\", \"lineItems\": [{\"subscriptionId\": \"%s\"}]}"
                .formatted(source, NORTHWIND, subscriptionId);
    }

    /** The JSON object with a "padding" field of that many characters first: unknown fields are ignored. */
    private static byte[] padded(int size, String json) {
        return ("{\"padding\": \"" + "x".repeat(size) + "\", " + json.substring(json.indexOf('{') + 1))
                .getBytes(StandardCharsets.UTF_8);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
