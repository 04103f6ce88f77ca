package com.csptransition.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.TasklistSession;
import com.csptransition.identity.Role;
import com.csptransition.transfer.process.TransferProcess;
import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
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
        TasklistSession session = signIn("northwind-global");

        HttpResponse<String> claim = session.post("/camunda/api/engine/engine/default/task/" + task + "/claim",
                "{\"userId\": \"northwind-global\"}");

        assertThat(claim.statusCode()).isEqualTo(403);
        assertThat(JsonPath.<String>read(claim.body(), "$.message")).contains("needs one of the roles");
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    }

    @Test
    void aFormSubmissionTakesTheFormsFieldsOnly() throws Exception {
        String task = reviewTask();
        TasklistSession session = signIn("northwind-sales");

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

    private TasklistSession signIn(String user) throws Exception {
        return TasklistSession.signIn(port, user, PASSWORD);
    }
}
