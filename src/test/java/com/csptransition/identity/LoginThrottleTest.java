package com.csptransition.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Password guessing, from the attacker's side: every door that checks a password answers an address that failed
 * too often with 429, without checking the password; other addresses and the account itself are not affected.
 * Its own context (the default limits), since it throttles 127.0.0.1, from where the other tests call; only one test
 * here calls from there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // Camunda's webapps find their engine by name in a JVM-wide registry that other test contexts share
        properties = {"camunda.bpm.process-engine-name=throttletest", "csp.security.login-throttle.max-failures=10"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LoginThrottleTest {

    private static final String ENGINE = "throttletest";
    private static final int MAX_FAILURES = 10; // csp.security.login-throttle.max-failures, as application.yaml sets it

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDirectory users;
    @Autowired
    IdentityService identityService;
    @LocalServerPort
    int port;

    @BeforeEach
    void users() {
        users.ensureUser("victim", "victim-password", "Victim", null, null, List.of());
        users.ensureUser("insider", "insider-password", "Insider", null, null, List.of());
    }

    @Test
    void anAddressThatGuessedTooOftenIsRefusedWithoutCheckingThePassword() throws Exception {
        for (int i = 0; i < MAX_FAILURES; i++) {
            mvc.perform(get("/api/rules").with(from("198.51.100.1")).with(httpBasic("victim", "guess-" + i)))
                    .andExpect(status().isUnauthorized());
        }

        // even the right password: the attacker learns nothing more from this address
        mvc.perform(get("/api/rules").with(from("198.51.100.1")).with(httpBasic("victim", "victim-password")))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("TooManyRequests"))
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, matchesPattern("[1-9]\\d*")));
        // Camunda's REST API is the same door
        mvc.perform(get("/engine-rest/user").with(from("198.51.100.1")).with(httpBasic("victim", "victim-password")))
                .andExpect(status().isTooManyRequests());

        // the victim, from its own address, signs in at once: the account is not locked
        mvc.perform(get("/api/rules").with(from("203.0.113.7")).with(httpBasic("victim", "victim-password")))
                .andExpect(status().isOk());
        assertThat(identityService.checkPassword("victim", "victim-password")).isTrue();
    }

    @Test
    void aSuccessfulLoginDoesNotWipeAnAddressesFailures() throws Exception {
        // an attacker with one account of its own alternates guesses with its own valid login
        for (int i = 0; i < MAX_FAILURES; i++) {
            mvc.perform(get("/engine-rest/user").with(from("198.51.100.2")).with(httpBasic("victim", "guess-" + i)))
                    .andExpect(status().isUnauthorized());
            if (i < MAX_FAILURES - 1) {
                mvc.perform(get("/api/rules").with(from("198.51.100.2")).with(httpBasic("insider", "insider-password")))
                        .andExpect(status().isOk());
            }
        }

        mvc.perform(get("/api/rules").with(from("198.51.100.2")).with(httpBasic("insider", "insider-password")))
                .andExpect(status().isTooManyRequests());
    }

    @Test
    void theWebappsLoginIsThrottledToo() throws Exception {
        RestClient browser = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();

        for (int i = 0; i < MAX_FAILURES; i++) {
            assertThat(login(browser, "victim", "guess-" + i).getStatusCode().value()).isEqualTo(401);
        }
        ResponseEntity<String> refused = login(browser, "victim", "victim-password");

        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).matches("[1-9]\\d*");
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        // one count per address across the doors: HTTP Basic from there is refused too
        assertThat(browser.get().uri("/api/rules").headers(h -> h.setBasicAuth("victim", "victim-password"))
                .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(429);
        // ... and from elsewhere the victim signs in
        mvc.perform(get("/api/rules").with(from("203.0.113.8")).with(httpBasic("victim", "victim-password")))
                .andExpect(status().isOk());
    }

    /** Camunda's webapp login, with the session and XSRF token the webapps hand out on any page. */
    private ResponseEntity<String> login(RestClient browser, String user, String password) {
        ResponseEntity<Void> page = browser.get().uri("/camunda/api/admin/auth/user/{engine}", ENGINE).retrieve()
                .toBodilessEntity();
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        return browser.post().uri("/camunda/api/admin/auth/user/{engine}/login/tasklist", ENGINE)
                .headers(h -> {
                    h.add("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
                    page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)
                            .forEach(cookie -> h.add(HttpHeaders.COOKIE, cookie.split(";", 2)[0]));
                })
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().toEntity(String.class);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
