package com.csptransition.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * A fresh production start: no CAMUNDA_BPM_ADMINUSER_*, so no administrator. Camunda's setup page would let whoever
 * comes first create one over the network; it stays closed.
 */
@ExtendWith(OutputCaptureExtension.class) // before Spring, so that it sees the start
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // no profile: the production settings, without the test profile's administrator
        "spring.datasource.url=jdbc:h2:mem:setup-${random.uuid};DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "csp.rules.watch=false",
        // Camunda's webapps find their engine by name in a JVM-wide registry that other test contexts share
        "camunda.bpm.process-engine-name=setuptest"})
class SetupPageTest {

    private static final String ENGINE = "setuptest";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    @Test
    void nobodyCreatesTheFirstAdministratorOverTheNetwork(CapturedOutput startLog) {
        assertThat(identityService.createUserQuery().memberOfGroup(Caller.ADMIN_GROUP).count()).isZero();
        assertThat(startLog).contains("WARN", "No administrator", "CAMUNDA_BPM_ADMINUSER_ID");
        RestClient browser = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();

        // the attacker opens the setup page for a session and its XSRF token (or, the page closed, any other page)
        // and posts the new user with them
        for (String path : List.of("/camunda/api/admin/setup/{engine}/user/create",
                "/camunda/api/admin/setup/{engine}/user/create/", "/camunda/api/admin/%73etup/{engine}/user/create")) {
            HttpHeaders session = session(browser, "/camunda/app/admin/{engine}/setup/");
            ResponseEntity<String> created = browser.post()
                    .uri(URI.create("http://localhost:" + port + path.replace("{engine}", ENGINE)))
                    .headers(h -> h.addAll(session))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("""
                            {"profile": {"id": "intruder", "firstName": "I", "lastName": "Ntruder", "email": "i@example.com"},
                             "credentials": {"password": "intruder-password"}}""")
                    .retrieve().toEntity(String.class);

            assertThat(created.getStatusCode().value()).as(path).isEqualTo(403);
            assertThat(created.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(created.getBody()).contains("\"code\":\"Forbidden\"", "CAMUNDA_BPM_ADMINUSER_ID");
        }
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
        assertThat(identityService.createUserQuery().memberOfGroup(Caller.ADMIN_GROUP).count()).isZero();

        // the setup page itself is closed too, in every app
        for (String app : List.of("admin", "cockpit", "tasklist", "welcome")) {
            ResponseEntity<String> setupPage = browser.get().uri("/camunda/app/{app}/{engine}/setup/", app, ENGINE)
                    .retrieve().toEntity(String.class);
            assertThat(setupPage.getStatusCode().value()).as(app).isEqualTo(403);
            assertThat(setupPage.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    /** A webapp session and its XSRF token, as the Camunda webapps hand them to every page. */
    private HttpHeaders session(RestClient browser, String preferredPage) {
        ResponseEntity<Void> page = browser.get().uri(preferredPage, ENGINE).retrieve().toBodilessEntity();
        if (page.getHeaders().getFirst("X-XSRF-TOKEN") == null) {
            page = browser.get().uri("/camunda/api/admin/auth/user/{engine}", ENGINE).retrieve().toBodilessEntity();
        }
        String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
        assertThat(token).isNotBlank();
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-XSRF-TOKEN", token);
        page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)
                .forEach(cookie -> headers.add(HttpHeaders.COOKIE, cookie.split(";", 2)[0]));
        return headers;
    }
}
