package com.csptransition.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.identity.Role;
import com.csptransition.partner.process.PartnershipProcess;
import com.csptransition.transfer.TransferRequestRepository;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A page on another site, in a browser that remembers the user's Basic credentials, makes the user's browser send
 * requests to us: a form post, or a fetch without CORS. Such requests must change nothing.
 */
class CrossSiteRequestTest extends ApiTestSupport {

    static final String ATTACKER = "Origin: https://attacker.example\r\n";
    static final String FORM = "Content-Type: application/x-www-form-urlencoded\r\n";
    static final String JSON = "Content-Type: application/json\r\n";

    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    TransferRequestRepository transfers;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void invitingUsers() {
        users.ensureUser("adatum-admin", PASSWORD, "Adatum admin agent", ADATUM, "Adatum", List.of(Role.ADMIN_AGENT));
        users.ensureUser("contoso-global", PASSWORD, "Contoso global admin", CONTOSO, "Contoso", List.of(Role.GLOBAL_ADMIN));
    }

    @AfterEach
    void endWhatTheTestsStarted() {
        runtime.createProcessInstanceQuery().list()
                .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test reset", true, true));
        transfers.deleteAll();
        jdbc.update("delete from notification");
        repository.createDeploymentQuery().deploymentName("cross-site-test").list()
                .forEach(d -> repository.deleteDeployment(d.getId(), true));
    }

    @Test
    void aFormPostFromAnotherSiteDoesNotAcceptAPartnership() throws Exception {
        String partnership = invitation();

        RawHttp.Answer answer = post("/api/partnerships/" + partnership + "/accept",
                basic("contoso-global") + ATTACKER + FORM, new byte[0]);

        assertThat(answer.status()).isEqualTo(403);
        assertProblem(answer, "CrossOriginRequestRefused");
        assertThat(state(partnership)).isEqualTo("INVITED");
    }

    @Test
    void aFormPostWithoutOriginIsRefusedAsNotJson() throws Exception {
        String partnership = invitation();

        RawHttp.Answer form = post("/api/partnerships/" + partnership + "/accept", basic("contoso-global") + FORM,
                "x=1".getBytes(StandardCharsets.UTF_8));
        RawHttp.Answer text = post("/api/partnerships/" + partnership + "/decline",
                basic("contoso-global") + "Content-Type: text/plain\r\n", "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(form.status()).isEqualTo(415);
        assertProblem(form, "UnsupportedMediaType");
        assertThat(text.status()).isEqualTo(415);
        assertProblem(text, "UnsupportedMediaType");
        assertThat(state(partnership)).isEqualTo("INVITED");
    }

    @Test
    void aBodylessPostWithoutContentTypeStillWorks() throws Exception {
        String partnership = invitation();

        // curl -X POST -u contoso-global …/accept
        RawHttp.Answer answer = RawHttp.send(port, "POST /api/partnerships/" + partnership + "/accept HTTP/1.1",
                basic("contoso-global"), null, false);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(state(partnership)).isEqualTo("ACCEPTED");
    }

    @Test
    void theServicesOwnOriginMayPostJson() throws Exception {
        RawHttp.Answer answer = post("/v1/customers/" + LITWARE + "/transfers",
                basic("contoso-admin") + "Origin: http://localhost:" + port + "\r\n" + JSON, transfer());

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    @Test
    void jsonFromAForeignOriginIsRefusedOnEveryStateChangingPath() throws Exception {
        String partnership = invitation();
        String anotherSite = basic("contoso-admin") + ATTACKER + JSON;

        List<RawHttp.Answer> answers = List.of(
                post("/v1/customers/" + LITWARE + "/transfers", anotherSite, transfer()),
                post("/api/partnerships/" + partnership + "/accept", basic("contoso-global") + ATTACKER, null),
                post("/invitations/some-token/accept", ATTACKER + JSON, "{}".getBytes(StandardCharsets.UTF_8)),
                RawHttp.send(port, "PATCH /v1/customers/" + TAILSPIN + "/subscriptions/tailspin-o365-e3 HTTP/1.1",
                        anotherSite, "{\"quantity\": 1}".getBytes(StandardCharsets.UTF_8), false),
                RawHttp.send(port, "DELETE /v1/customers/" + LITWARE + "/transfers/x HTTP/1.1", anotherSite, null, false),
                post("/engine-rest/process-definition/key/" + PartnershipProcess.KEY + "/start",
                        RawHttp.basic("admin", "admin-secret") + ATTACKER + JSON, "{}".getBytes(StandardCharsets.UTF_8)),
                // "null" is what a sandboxed frame or a privacy-minded redirect sends: not our origin either
                post("/v1/customers/" + LITWARE + "/transfers", basic("contoso-admin") + "Origin: null\r\n" + JSON,
                        transfer()));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.body()).isEqualTo(403);
            assertProblem(answer, "CrossOriginRequestRefused");
        });
        assertThat(transfers.count()).isZero();
        assertThat(state(partnership)).isEqualTo("INVITED");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PartnershipProcess.KEY).count()).isOne();
        assertThat(jdbc.queryForObject("select quantity from subscription where id = 'tailspin-o365-e3'", Integer.class))
                .isEqualTo(25);
    }

    @Test
    void readsFromAnotherSitesPageAreRefusedToo() throws Exception {
        // the browser would not show the page the answer anyway; refused, it is not even computed
        RawHttp.Answer answer = RawHttp.get(port, "/api/partnerships", basic("contoso-global") + ATTACKER);

        assertThat(answer.status()).isEqualTo(403);
        assertProblem(answer, "CrossOriginRequestRefused");
    }

    @Test
    void camundasMultipartUploadsStillWorkButNotFromAnotherSite() throws Exception {
        String boundary = "----csp";
        byte[] multipart = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                + "cross-site-test\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"note.txt\"; filename=\"note.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nhello\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        String headers = RawHttp.basic("admin", "admin-secret") + "Content-Type: multipart/form-data; boundary=" + boundary
                + "\r\n";

        RawHttp.Answer fromAnotherSite = post("/engine-rest/deployment/create", headers + ATTACKER, multipart);
        assertThat(fromAnotherSite.status()).isEqualTo(403);
        assertThat(repository.createDeploymentQuery().deploymentName("cross-site-test").count()).isZero();

        RawHttp.Answer fromAScript = post("/engine-rest/deployment/create", headers, multipart);
        assertThat(fromAScript.status()).as(fromAScript.body()).isEqualTo(200);
        assertThat(repository.createDeploymentQuery().deploymentName("cross-site-test").count()).isOne();
    }

    private RawHttp.Answer post(String path, String headers, byte[] body) throws Exception {
        return RawHttp.send(port, "POST " + path + " HTTP/1.1", headers, body, false);
    }

    private static String basic(String user) {
        return RawHttp.basic(user, PASSWORD);
    }

    private static byte[] transfer() {
        return ("{\"sourcePartnerTenantId\": \"" + CONTOSO + "\", \"targetPartnerTenantId\": \"" + NORTHWIND
                + "\", \"lineItems\": [{\"subscriptionId\": \"litware-intune\"}]}").getBytes(StandardCharsets.UTF_8);
    }

    private String invitation() throws Exception {
        String created = mvc.perform(MockMvcRequestBuilders.post("/api/partnerships").with(as("adatum-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"resellerTenantId\": \"" + CONTOSO + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(created, "$.id");
    }

    private String state(String partnership) throws Exception {
        String list = mvc.perform(get("/api/partnerships").with(as("contoso-global"))).andReturn().getResponse()
                .getContentAsString();
        List<String> states = JsonPath.read(list, "$[?(@.id == '" + partnership + "')].state");
        return states.get(0);
    }

    static void assertProblem(RawHttp.Answer answer, String code) {
        assertThat(answer.contentType()).as(answer.body()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat((String) JsonPath.read(answer.body(), "$.code")).isEqualTo(code);
    }
}
