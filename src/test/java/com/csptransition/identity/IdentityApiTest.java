package com.csptransition.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** One user store, Camunda's, for our API and /engine-rest; HTTP Basic everywhere. */
class IdentityApiTest extends ApiTestSupport {

    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ourApiWantsCredentials() throws Exception {
        mvc.perform(get("/api/rules"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"csp-transition\""))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void wrongPasswordsFromEverywhereNeverLockTheAccount() throws Exception {
        // its own user, and a guess from each of 200 addresses (one address alone would be throttled)
        users.ensureUser("targeted", PASSWORD, "Targeted agent", CONTOSO, "Contoso", List.of(Role.SALES_AGENT));
        for (int i = 0; i < 200; i++) {
            mvc.perform(get("/api/rules").with(from("10.20.0." + i)).with(httpBasic("targeted", "guess-" + i)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.code").value("Unauthorized"));
        }

        // the user's right password is accepted at once: there is no account lock for anyone to trigger
        mvc.perform(get("/api/rules").with(from("10.21.0.1")).with(httpBasic("targeted", PASSWORD)))
                .andExpect(status().isOk());
    }

    @Test
    void anAccountLockedByCamundaBeforeSignsIn() throws Exception {
        users.ensureUser("locked-before", PASSWORD, "Locked agent", CONTOSO, "Contoso", List.of(Role.SALES_AGENT));
        // what Camunda's own lock left: past its maximum of attempts, and locked for another hour
        jdbc.update("update ACT_ID_USER set ATTEMPTS_ = 10, LOCK_EXP_TIME_ = ? where ID_ = ?",
                Timestamp.from(Instant.now().plus(Duration.ofHours(1))), "locked-before");

        mvc.perform(get("/api/rules").with(httpBasic("locked-before", PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void aVerifiedPasswordIsRememberedForSecondsAndAWrongOneIsCheckedAtOnce() throws Exception {
        users.ensureUser("brief", PASSWORD, "Brief agent", CONTOSO, "Contoso", List.of(Role.SALES_AGENT));
        mvc.perform(get("/api/rules").with(httpBasic("brief", PASSWORD))).andExpect(status().isOk());
        User user = identityService.createUserQuery().userId("brief").singleResult();
        user.setPassword("changed-password");
        identityService.saveUser(user);

        // within csp.security.credential-cache the verified password still signs in; the new one does too
        mvc.perform(get("/api/rules").with(httpBasic("brief", PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/rules").with(httpBasic("brief", "changed-password"))).andExpect(status().isOk());

        // the new password replaced the remembered one: the old one is checked against Camunda again, and refused
        mvc.perform(get("/api/rules").with(from("10.22.0.1")).with(httpBasic("brief", PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aRoleGivenThroughTheUserDirectoryAppliesAtOnce() throws Exception {
        users.ensureUser("newcomer", PASSWORD, "New agent", CONTOSO, "Contoso", List.of());
        mvc.perform(get("/v1/customers/{id}/transferseligibility", TAILSPIN).param("transferType", "directtoindirect")
                .with(httpBasic("newcomer", PASSWORD))).andExpect(status().isForbidden());

        users.ensureUser("newcomer", PASSWORD, "New agent", CONTOSO, "Contoso", List.of(Role.SALES_AGENT));

        // the verified password remembered by the call before does not keep the old roles
        mvc.perform(get("/v1/customers/{id}/transferseligibility", TAILSPIN).param("transferType", "directtoindirect")
                .with(httpBasic("newcomer", PASSWORD))).andExpect(status().isOk());
    }

    /** Each test that sends a wrong password does so from an address of its own: failures count per address. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void engineRestIsAuthenticatedAgainstTheSameUsers() {
        users.ensureUser("forgetful", PASSWORD, "Forgetful agent", CONTOSO, "Contoso", List.of(Role.SALES_AGENT));
        assertThat(client(null, null).get().uri("/engine-rest/user").retrieve().toBodilessEntity().getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(client("forgetful", "guess").get().uri("/engine-rest/user").retrieve().toBodilessEntity()
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<String> users = client("admin", "admin-secret").get().uri("/engine-rest/user").retrieve()
                .toEntity(String.class);

        assertThat(users.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JsonPath.<List<String>>read(users.getBody(), "$[*].id")).contains("contoso-admin");
    }

    @Test
    void camundasPasswordCheckIsNoOracleForAnotherUsersPassword() {
        // Camunda checks READ on the user before its password: only administrators and the user itself may ask
        ResponseEntity<String> verified = client("contoso-sales", PASSWORD).post().uri("/engine-rest/identity/verify")
                .contentType(MediaType.APPLICATION_JSON).body("{\"username\": \"contoso-admin\", \"password\": \"guess\"}")
                .retrieve().toEntity(String.class);

        assertThat(verified.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void engineRestShowsAUserOnlyWhatCamundaAuthorizationsGrant() {
        ResponseEntity<String> groups = client("contoso-admin", PASSWORD).get().uri("/engine-rest/group").retrieve()
                .toEntity(String.class);

        assertThat(groups.getStatusCode()).isEqualTo(HttpStatus.OK);
        // its own groups only: never another organisation's
        assertThat(JsonPath.<List<String>>read(groups.getBody(), "$[*].id"))
                .containsExactlyInAnyOrder(CONTOSO, "admin-agent");
    }

    @Test
    void aUsersOrganisationAndRoleComeFromGroupMembership() {
        String groups = client("admin", "admin-secret").get().uri("/engine-rest/group?member=contoso-admin").retrieve()
                .body(String.class);

        assertThat(JsonPath.<List<String>>read(groups, "$[?(@.type == 'organisation')].id")).containsExactly(CONTOSO);
        assertThat(JsonPath.<List<String>>read(groups, "$[?(@.type == 'role')].id")).containsExactly("admin-agent");
    }

    @Test
    void onlyAdministratorsReloadRules() throws Exception {
        mvc.perform(post("/api/rules/reload")
                        .with(as("contoso-admin")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
