package com.csptransition.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.identity.Role;
import com.csptransition.partner.process.PartnershipProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.ResultActions;

/** "Accept a partnership invitation from your indirect provider": Adatum invites Contoso, Contoso's global admin answers. */
class PartnershipInvitationTest extends ApiTestSupport {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    PartnershipRepository partnerships;

    @BeforeEach
    void usersAndEngine() {
        AbstractAssertions.init(engine);
        users.ensureUser("adatum-admin", PASSWORD, "Adatum admin agent", ADATUM, "Adatum", List.of(Role.ADMIN_AGENT));
        users.ensureUser("contoso-global", PASSWORD, "Contoso global admin", CONTOSO, "Contoso", List.of(Role.GLOBAL_ADMIN));
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void endInvitations() {
        jdbc.update("delete from notification");
        runtime.createProcessInstanceQuery().processDefinitionKey(PartnershipProcess.KEY).list()
                .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test reset", true, true));
    }

    @Test
    void theResellersGlobalAdminAcceptsAndTheProviderIsListed() throws Exception {
        String id = invite().andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("INVITED"))
                .andExpect(jsonPath("$.providerName").value("Adatum Distribution")).andReturn().getResponse()
                .getContentAsString();
        String partnershipId = JsonPath.read(id, "$.id");
        assertThat(process(partnershipId)).isWaitingAt(PartnershipProcess.ANSWER);
        mvc.perform(get("/api/notifications").param("kind", "PARTNERSHIP_INVITATION").with(as("contoso-global")))
                .andExpect(jsonPath("$[0].recipient").value("mpn@contoso.example"))
                .andExpect(jsonPath("$[0].body").value(org.hamcrest.Matchers.containsString(partnershipId)));

        // only the global admin answers
        mvc.perform(post("/api/partnerships/{id}/accept", partnershipId).with(as("contoso-admin")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/partnerships/{id}/accept", partnershipId).with(as("adatum-admin")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reasons[0].code").value("INVITED_RESELLER_REQUIRED"));
        mvc.perform(post("/api/partnerships/{id}/accept", partnershipId).with(as("contoso-global")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ACCEPTED"));

        mvc.perform(get("/api/partnerships").param("state", "ACCEPTED").with(as("contoso-admin")))
                .andExpect(jsonPath("$[?(@.providerTenantId == '%s')].state".formatted(ADATUM)).value(org.hamcrest.Matchers.hasItem("ACCEPTED")));
        invite().andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.reasons[0].code").value("PARTNERSHIP_EXISTS"));
        mvc.perform(post("/api/partnerships/{id}/decline", partnershipId).with(as("contoso-global")))
                .andExpect(status().isConflict());
        // a wrong role hears so before it hears the invitation is answered
        mvc.perform(post("/api/partnerships/{id}/decline", partnershipId).with(as("contoso-admin")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDeclinedInvitationEndsDeclined() throws Exception {
        String partnershipId = JsonPath.read(invite().andReturn().getResponse().getContentAsString(), "$.id");
        ProcessInstance process = process(partnershipId);

        mvc.perform(post("/api/partnerships/{id}/decline", partnershipId).with(as("contoso-global")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("DECLINED"));

        assertThat(process).isEnded().hasPassed("invitationDeclined");
    }

    @Test
    void anUnansweredInvitationExpiresAfterThirtyDays() throws Exception {
        String partnershipId = JsonPath.read(invite().andReturn().getResponse().getContentAsString(), "$.id");
        ProcessInstance process = process(partnershipId);
        assertThat(process).isWaitingAt(PartnershipProcess.ANSWER);
        assertThat(Duration.between(Instant.now(), job().getDuedate().toInstant()))
                .isBetween(Duration.ofDays(30).minusMinutes(5), Duration.ofDays(30));

        execute(job());

        assertThat(process).isEnded().hasPassed("expirePartnershipInvitation", "invitationExpired");
        mvc.perform(get("/api/partnerships").param("state", "EXPIRED").with(as("adatum-admin")))
                .andExpect(jsonPath("$[0].id").value(partnershipId));
    }

    @Test
    void theTaskListEntrySaysWhoInvitesWhomAndUntilWhen() throws Exception {
        String partnershipId = JsonPath.read(invite().andReturn().getResponse().getContentAsString(), "$.id");

        assertThat(process(partnershipId)).isWaitingAt(PartnershipProcess.ANSWER);
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(partnershipId).singleResult();
        assertThat(task.getName()).isEqualTo("Answer partnership invitation: Adatum Distribution invites Contoso");
        // due when the invitation expires: the Tasklist shows the 30 days before they run out
        assertThat(Duration.between(Instant.now(), task.getDueDate().toInstant()))
                .isBetween(Duration.ofDays(30).minusMinutes(5), Duration.ofDays(30));
        assertThat(Duration.between(task.getDueDate().toInstant(), job().getDuedate().toInstant()).abs())
                .isLessThan(Duration.ofSeconds(1));
        Map<String, Object> shown = taskService.getVariablesLocal(task.getId());
        assertThat(shown).containsEntry("providerName", "Adatum Distribution").containsEntry("resellerName", "Contoso")
                .containsEntry("invitedBy", "Adatum Distribution (adatum-admin)")
                .containsKeys("invitedAt", "expiresAt");
        assertThat((String) shown.get("invitedAt")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC");
        assertThat(task.getDescription()).startsWith("Adatum Distribution (adatum-admin) invited Contoso")
                .contains("expires on " + shown.get("expiresAt"));
        // the process itself still holds nothing
        assertThat(runtime.getVariables(task.getProcessInstanceId())).isEmpty();
    }

    @Test
    void theFormAsksForAnExplicitAnswer() throws Exception {
        JsonNode form = new ObjectMapper().readTree(Files.readString(Path.of("processes/partnership-invitation.form")));
        JsonNode answer = field(form, PartnershipProcess.ANSWER_FIELD);
        assertThat(answer.path("type").asText()).isEqualTo("radio");
        assertThat(answer.path("validate").path("required").asBoolean()).isTrue();
        assertThat(answer.has("defaultValue")).isFalse();
        assertThat(answer.path("values").findValuesAsText("value")).containsExactly("accept", "decline");
        assertThat(form.toString()).doesNotContain("checkbox").contains("{{invitedBy}}", "{{invitedAt}}");

        String partnershipId = JsonPath.read(invite().andReturn().getResponse().getContentAsString(), "$.id");
        String task = taskService.createTaskQuery().processInstanceBusinessKey(partnershipId).singleResult().getId();

        // through Camunda's REST API, as the Tasklist submits the form: no answer is no answer
        assertThat(complete(task, "{}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(complete(task, "{\"answer\": {\"value\": \"maybe\"}}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(complete(task, "{\"accepted\": {\"value\": true}}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(partnerships.findById(partnershipId).orElseThrow().getState()).isEqualTo(PartnershipState.INVITED);

        assertThat(complete(task, "{\"answer\": {\"value\": \"accept\"}}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(partnerships.findById(partnershipId).orElseThrow().getState()).isEqualTo(PartnershipState.ACCEPTED);
        assertThat(process(partnershipId)).isNull(); // ended: partnered
    }

    private static JsonNode field(JsonNode form, String key) {
        for (JsonNode component : form.path("components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
        }
        throw new AssertionError("no field " + key);
    }

    private ResponseEntity<String> complete(String taskId, String variables) {
        return client("contoso-global", PASSWORD).post().uri("/engine-rest/task/{id}/complete", taskId)
                .contentType(MediaType.APPLICATION_JSON).body("{\"variables\": " + variables + "}").retrieve()
                .toEntity(String.class);
    }

    @Test
    void onlyIndirectProvidersInviteEnrolledResellers() throws Exception {
        mvc.perform(post("/api/partnerships").with(as("contoso-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"resellerTenantId\": \"%s\"}".formatted(FABRIKAM)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasons[*].code").value(org.hamcrest.Matchers.hasItems(
                        "INVITER_NOT_INDIRECT_PROVIDER", "RESELLER_NOT_ENROLLED")));
        mvc.perform(post("/api/partnerships").with(as("adatum-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"resellerTenantId\": \"nobody\"}"))
                .andExpect(status().isNotFound());
    }

    private ResultActions invite() throws Exception {
        return mvc.perform(post("/api/partnerships").with(as("adatum-admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"resellerTenantId\": \"%s\"}".formatted(CONTOSO)));
    }

    private ProcessInstance process(String partnershipId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(partnershipId).singleResult();
    }
}
