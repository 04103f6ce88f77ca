package com.csptransition.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.identity.Role;
import com.csptransition.partner.PartnershipRepository;
import com.csptransition.partner.PartnershipState;
import com.csptransition.partner.process.PartnershipProcess;
import com.csptransition.transfer.process.TransferProcess;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

/**
 * Camunda's REST API (/engine-rest) from the attacker's side: a partner user with a task of its own tries to make
 * the engine act on records that are not the task's, to work on tasks its role may not, and to hand tasks around.
 */
class EngineRestDoorTest extends TransferTestSupport {

    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;
    @Autowired
    PartnershipRepository partnerships;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransferRequests requests;
    @Autowired
    org.camunda.bpm.engine.HistoryService history;

    @BeforeEach
    void moreUsers() {
        users.ensureUser("northwind-sales", PASSWORD, "Northwind sales agent", NORTHWIND, "Northwind", List.of(Role.SALES_AGENT));
        users.ensureUser("northwind-global", PASSWORD, "Northwind global admin", NORTHWIND, "Northwind", List.of(Role.GLOBAL_ADMIN));
        users.ensureUser("adatum-admin", PASSWORD, "Adatum admin agent", ADATUM, "Adatum", List.of(Role.ADMIN_AGENT));
        users.ensureUser("contoso-global", PASSWORD, "Contoso global admin", CONTOSO, "Contoso", List.of(Role.GLOBAL_ADMIN));
    }

    @AfterEach
    void endInvitations() {
        runtime.createProcessInstanceQuery().processDefinitionKey(PartnershipProcess.KEY).list()
                .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test reset", true, true));
        jdbc.update("delete from notification");
    }

    @Test
    void aTasksVariableCannotPointItAtAnotherRequest() {
        // given two requests, the attacker's own review task on the first
        String own = create("litware-intune");
        String other = create("litware-azure-payg");
        String task = reviewTask(own);

        // when it points the task at the other request, then Camunda refuses to set a variable at all
        assertThat(status(engineRest("northwind-sales").put().uri("/engine-rest/task/{id}/variables/transferId", task)
                .contentType(MediaType.APPLICATION_JSON).body("{\"value\": \"%s\"}".formatted(other))))
                .isEqualTo(HttpStatus.FORBIDDEN);
        // and a completion that carries it is refused as a field its form does not have, changing nothing
        ResponseEntity<String> tampered = complete("northwind-sales", task,
                "{\"decision\": {\"value\": \"accept\"}, \"transferId\": {\"value\": \"%s\"}}".formatted(other));
        assertThat(tampered.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JsonPath.<String>read(tampered.getBody(), "$.message")).contains("transferId");
        assertThat(transfers.findById(own).orElseThrow().awaitsReview()).isTrue();

        // when it completes its own task, then its own request is accepted and the other one is untouched
        assertThat(complete("northwind-sales", task, "{\"decision\": {\"value\": \"accept\"}}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(transfers.findById(own).orElseThrow().isAccepted()).isTrue();
        assertThat(transfers.findById(other).orElseThrow().awaitsReview()).isTrue();
    }

    @Test
    void aRejectionThroughEngineRestNeedsAReasonAndAnswersTheFormsFieldsOnly() {
        String own = create("litware-intune");
        String task = reviewTask(own);

        ResponseEntity<String> noReason = complete("northwind-sales", task, "{\"decision\": {\"value\": \"reject\"}}");
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JsonPath.<String>read(noReason.getBody(), "$.message")).contains("a rejection needs a reason");
        ResponseEntity<String> wrongType = complete("northwind-sales", task, "{\"decision\": {\"value\": \"yes\"}}");
        assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(JsonPath.<String>read(wrongType.getBody(), "$.message")).contains("decision: expected one of [accept, reject]");

        assertThat(complete("northwind-sales", task,
                "{\"decision\": {\"value\": \"reject\"}, \"rejectionReason\": {\"value\": \"no credit line\"}}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(transfers.findById(own).orElseThrow().getStatus()).isEqualTo(TransferStatus.Reject);
        // the answer stayed on its task: the process holds no variable
        String process = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(own).singleResult()
                .getId();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(process).list())
                .allSatisfy(variable -> assertThat(variable.getTaskId()).as(variable.getName()).isNotNull());
    }

    @Test
    void aMemberWithoutTheTasksRoleIsRefusedAtClaimAndCompleteWithAReadable403() {
        String task = reviewTask(create("litware-intune"));

        ResponseEntity<String> claim = engineRest("northwind-global").post().uri("/engine-rest/task/{id}/claim", task)
                .contentType(MediaType.APPLICATION_JSON).body("{\"userId\": \"northwind-global\"}").retrieve()
                .toEntity(String.class);
        assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(JsonPath.<String>read(claim.getBody(), "$.message")).contains("needs one of the roles");
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();

        ResponseEntity<String> done = complete("northwind-global", task, "{\"decision\": {\"value\": \"accept\"}}");
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(JsonPath.<String>read(done.getBody(), "$.type")).isEqualTo("TaskRefused");

        // nor may it take a colleague's claim away (a claim of nobody)
        engineRest("northwind-sales").post().uri("/engine-rest/task/{id}/claim", task).contentType(MediaType.APPLICATION_JSON)
                .body("{\"userId\": \"northwind-sales\"}").retrieve().toBodilessEntity();
        assertThat(status(engineRest("northwind-global").post().uri("/engine-rest/task/{id}/claim", task)
                .contentType(MediaType.APPLICATION_JSON).body("{\"userId\": null}"))).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("northwind-sales");
    }

    @Test
    void tasksCannotBeHandedAroundNorShownToAnotherOrganisation() {
        String task = reviewTask(create("litware-intune"));
        var sales = engineRest("northwind-sales");

        assertThat(status(sales.post().uri("/engine-rest/task/{id}/claim", task).contentType(MediaType.APPLICATION_JSON)
                .body("{\"userId\": \"northwind-admin\"}"))).isEqualTo(HttpStatus.FORBIDDEN); // not for someone else
        assertThat(status(sales.post().uri("/engine-rest/task/{id}/assignee", task).contentType(MediaType.APPLICATION_JSON)
                .body("{\"userId\": \"northwind-admin\"}"))).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(sales.post().uri("/engine-rest/task/{id}/delegate", task).contentType(MediaType.APPLICATION_JSON)
                .body("{\"userId\": \"adatum-admin\"}"))).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(sales.post().uri("/engine-rest/task/{id}/identity-links", task).contentType(MediaType.APPLICATION_JSON)
                .body("{\"groupId\": \"%s\", \"type\": \"candidate\"}".formatted(ADATUM)))).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(sales.delete().uri("/engine-rest/task/{id}/variables/decision", task)))
                .isEqualTo(HttpStatus.FORBIDDEN);
        // an administrator may assign, but only to a member of the task's organisation with its role
        assertThat(status(engineRest("admin").post().uri("/engine-rest/task/{id}/assignee", task)
                .contentType(MediaType.APPLICATION_JSON).body("{\"userId\": \"adatum-admin\"}")))
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
        assertThat(status(engineRest("adatum-admin").get().uri("/engine-rest/task/{id}", task)))
                .isEqualTo(HttpStatus.NOT_FOUND);
        // claiming for oneself still works
        assertThat(status(sales.post().uri("/engine-rest/task/{id}/claim", task).contentType(MediaType.APPLICATION_JSON)
                .body("{\"userId\": \"northwind-sales\"}"))).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void aCandidateAddedByHandStillCannotCompleteAnotherOrganisationsTask() {
        // given a transferred request waiting for Northwind's verification, and Adatum added as candidate by hand
        String id = create("litware-intune");
        complete("northwind-sales", reviewTask(id), "{\"decision\": {\"value\": \"accept\"}}");
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(process).singleResult().getId());
        String verification = taskService.createTaskQuery().processInstanceBusinessKey(id).singleResult().getId();
        taskService.addCandidateGroup(verification, ADATUM);

        // when Adatum completes it, then the guard asks the request who verifies, not the task's links
        ResponseEntity<String> done = complete("adatum-admin", verification, "{}");
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(JsonPath.<String>read(done.getBody(), "$.message")).contains("does not belong to the organisation");
        assertThat(transfers.findById(id).orElseThrow().getProviderVerifiedTime()).isNull();
    }

    @Test
    void aPartnershipTaskAnswersItsOwnInvitationOnly() {
        // given Adatum invites Contoso, and Contoso's accepted partnership with Northwind
        String invitation = JsonPath.read(client("adatum-admin", PASSWORD).post().uri("/api/partnerships")
                .contentType(MediaType.APPLICATION_JSON).body("{\"resellerTenantId\": \"%s\"}".formatted(CONTOSO))
                .retrieve().body(String.class), "$.id");
        String other = partnerships.findByResellerIdAndProviderId(CONTOSO, NORTHWIND).orElseThrow().getId();
        String task = taskService.createTaskQuery().processInstanceBusinessKey(invitation).singleResult().getId();

        // when Contoso's global admin completes its task naming the other partnership, then it is refused
        ResponseEntity<String> tampered = complete("contoso-global", task,
                "{\"accepted\": {\"value\": false}, \"partnershipId\": {\"value\": \"%s\"}}".formatted(other));
        assertThat(tampered.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(partnerships.findById(other).orElseThrow().getState()).isEqualTo(PartnershipState.ACCEPTED);

        // and its own answer changes its own invitation only
        assertThat(complete("contoso-global", task, "{\"answer\": {\"value\": \"decline\"}}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(partnerships.findById(invitation).orElseThrow().getState()).isEqualTo(PartnershipState.DECLINED);
        assertThat(partnerships.findById(other).orElseThrow().getState()).isEqualTo(PartnershipState.ACCEPTED);
    }

    @Test
    void processStatisticsCountEveryOrganisationsInstancesSoTheyAreForAdministrators() {
        create("litware-intune"); // Contoso's request to Northwind: none of Adatum's business
        for (String path : List.of("/engine-rest/process-definition/statistics",
                "/engine-rest/process-definition/key/subscriptionTransfer/statistics")) {
            assertThat(status(engineRest("adatum-admin").get().uri(path + "?incidents=true"))).as(path)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(status(engineRest("admin").get().uri(path))).as(path).isEqualTo(HttpStatus.OK);
        }
        // the definitions themselves, for the Tasklist's diagram, every user may read
        assertThat(status(engineRest("adatum-admin").get().uri("/engine-rest/process-definition")))
                .isEqualTo(HttpStatus.OK);
    }

    private String create(String subscriptionId) {
        TransferRequest request = tx.execute(s -> requests.create(LITWARE,
                TransferFixtures.litwareToNorthwind(subscriptionId), TransferFixtures.CONTOSO_ADMIN));
        return request.getId();
    }

    private String reviewTask(String transferId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(transferId)
                .taskDefinitionKey(TransferProcess.REVIEW).singleResult().getId();
    }

    private RestClient engineRest(String user) {
        return client(user, user.equals("admin") ? "admin-secret" : PASSWORD);
    }

    private ResponseEntity<String> complete(String user, String taskId, String variables) {
        return engineRest(user).post().uri("/engine-rest/task/{id}/complete", taskId)
                .contentType(MediaType.APPLICATION_JSON).body("{\"variables\": " + variables + "}").retrieve()
                .toEntity(String.class);
    }

    private static HttpStatus status(RestClient.RequestHeadersSpec<?> request) {
        return HttpStatus.valueOf(request.retrieve().toBodilessEntity().getStatusCode().value());
    }
}
