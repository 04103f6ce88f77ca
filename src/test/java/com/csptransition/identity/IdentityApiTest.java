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
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** One user store, Camunda's, for our API and /engine-rest; HTTP Basic everywhere. */
class IdentityApiTest extends ApiTestSupport {

    @Autowired
    IdentityService identityService;

    @Test
    void ourApiWantsCredentials() throws Exception {
        mvc.perform(get("/api/rules"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"csp-transition\""))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aWrongPasswordIsRefusedAndCountsTowardsTheLockOut() throws Exception {
        // its own user: Camunda delays the next login of a user after a failed one
        users.ensureUser("forgetful", PASSWORD, "Forgetful agent", CONTOSO, "Contoso", List.of(Role.SALES_AGENT));
        int attempts = attempts("forgetful");

        mvc.perform(get("/api/rules").with(httpBasic("forgetful", "guess")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("Unauthorized"));

        // the refusal does not roll back Camunda's count of failed logins
        assertThat(attempts("forgetful")).isEqualTo(attempts + 1);
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
        int attempts = attempts("brief");

        // the old password is now checked against Camunda again: refused, and counted
        mvc.perform(get("/api/rules").with(httpBasic("brief", PASSWORD))).andExpect(status().isUnauthorized());
        assertThat(attempts("brief")).isEqualTo(attempts + 1);
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

    private int attempts(String userId) {
        return ((UserEntity) identityService.createUserQuery().userId(userId).singleResult()).getAttempts();
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
