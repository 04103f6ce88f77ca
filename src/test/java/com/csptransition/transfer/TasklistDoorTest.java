package com.csptransition.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.identity.Role;
import com.csptransition.transfer.process.TransferProcess;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Tasklist's door — the webapps' session login and the engine API they call (/camunda/api/engine) — from the
 * attacker's side: the same guard as /engine-rest, refused with a status and a message the Tasklist shows.
 */
class TasklistDoorTest extends TransferTestSupport {

    @Autowired
    TransferRequests requests;
    @Autowired
    TaskService taskService;

    @BeforeEach
    void moreUsers() {
        users.ensureUser("northwind-global", PASSWORD, "Northwind global admin", NORTHWIND, "Northwind", List.of(Role.GLOBAL_ADMIN));
        users.ensureUser("northwind-sales", PASSWORD, "Northwind sales agent", NORTHWIND, "Northwind", List.of(Role.SALES_AGENT));
    }

    @Test
    void aWrongRoleIsRefusedAtClaimWithAReadableMessageAndTheTaskStaysFree() throws Exception {
        String task = reviewTask();
        Session session = signIn("northwind-global");

        HttpResponse<String> claim = session.post("/camunda/api/engine/engine/default/task/" + task + "/claim",
                "{\"userId\": \"northwind-global\"}");

        assertThat(claim.statusCode()).isEqualTo(403);
        assertThat(JsonPath.<String>read(claim.body(), "$.message")).contains("needs one of the roles");
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    }

    @Test
    void aFormSubmissionTakesTheFormsFieldsOnly() throws Exception {
        String task = reviewTask();
        Session session = signIn("northwind-sales");

        HttpResponse<String> stray = session.post("/camunda/api/engine/engine/default/task/" + task + "/submit-form",
                "{\"variables\": {\"decision\": {\"value\": \"accept\"}, \"transferId\": {\"value\": \"another\"}}}");
        assertThat(stray.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<String>read(stray.body(), "$.message")).contains("transferId");
        HttpResponse<String> unreasoned = session.post("/camunda/api/engine/engine/default/task/" + task
                + "/submit-form", "{\"variables\": {\"decision\": {\"value\": \"reject\"}}}");
        assertThat(unreasoned.statusCode()).isEqualTo(400);

        HttpResponse<String> accepted = session.post("/camunda/api/engine/engine/default/task/" + task
                + "/submit-form", "{\"variables\": {\"decision\": {\"value\": \"accept\"}}}");
        assertThat(accepted.statusCode()).isEqualTo(204);
    }

    private String reviewTask() {
        TransferRequest request = tx.execute(s -> requests.create(LITWARE,
                TransferFixtures.litwareToNorthwind("litware-intune"), TransferFixtures.CONTOSO_ADMIN));
        return taskService.createTaskQuery().processInstanceBusinessKey(request.getId())
                .taskDefinitionKey(TransferProcess.REVIEW).singleResult().getId();
    }

    /** Signs in as the Tasklist does: the XSRF cookie from the app page, the login form, the app page again. */
    private Session signIn(String user) throws IOException, InterruptedException {
        Session session = new Session(new CookieManager());
        session.send(HttpRequest.newBuilder(session.uri("/camunda/app/tasklist/default/")).GET());
        HttpResponse<String> login = session.send(HttpRequest.newBuilder(
                        session.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8))));
        assertThat(login.statusCode()).isEqualTo(200);
        // the login starts a new session: the Tasklist's next page load hands out its XSRF token
        session.send(HttpRequest.newBuilder(session.uri("/camunda/app/tasklist/default/")).GET());
        return session;
    }

    private final class Session {

        private final CookieManager cookies;
        private final HttpClient http;

        Session(CookieManager cookies) {
            this.cookies = cookies;
            this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
        }

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        /** Every request carries the XSRF token the webapps' CSRF filter handed out last. */
        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
            return http.send(request.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
