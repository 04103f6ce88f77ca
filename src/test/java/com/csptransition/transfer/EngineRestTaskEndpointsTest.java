package com.csptransition.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.identity.Role;
import com.csptransition.transfer.process.TransferProcess;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.sub.VariableResource;
import org.camunda.bpm.engine.rest.sub.task.TaskAttachmentResource;
import org.camunda.bpm.engine.rest.sub.task.TaskCommentResource;
import org.camunda.bpm.engine.rest.sub.task.TaskResource;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Every write of Camunda's task resource (/engine-rest/task/{id}/…), generated from its JAX-RS interfaces, tried by
 * a member of the task's organisation with the task's role and by one without it: a user works on a task by claiming
 * it for themselves and completing it with its form's fields, and through no other endpoint changes the task or its
 * process (refused: any answer but a 2xx, and nothing changed — Camunda answers some refusals of its own 500).
 * A new endpoint in a Camunda upgrade fails the coverage test until it has a row here.
 */
class EngineRestTaskEndpointsTest extends TransferTestSupport {

    /** What a member with the task's role may do; everything else is refused to both, and changes nothing. */
    enum Outcome { WORKS_ON_THE_TASK, REFUSED, ABOUT_COMMENTS_ONLY }

    record Endpoint(String method, String path, String body, Outcome outcome) {

        String key() {
            return method + " " + path.replaceAll("/(demo|[0-9a-f-]{36})", "/{x}");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A file upload, as Camunda takes binary variables and attachments. */
    static final String MULTIPART = "<multipart>";

    static final List<Endpoint> WRITES = List.of(
            new Endpoint("POST", "/claim", "{\"userId\": \"{self}\"}", Outcome.WORKS_ON_THE_TASK),
            new Endpoint("POST", "/complete", "{\"variables\": {\"decision\": {\"value\": \"accept\"}}}",
                    Outcome.WORKS_ON_THE_TASK),
            new Endpoint("POST", "/submit-form", "{\"variables\": {\"decision\": {\"value\": \"accept\"}}}",
                    Outcome.WORKS_ON_THE_TASK),
            new Endpoint("POST", "/unclaim", null, Outcome.REFUSED),
            new Endpoint("POST", "/resolve", "{\"variables\": {\"decision\": {\"value\": \"accept\"}}}", Outcome.REFUSED),
            new Endpoint("POST", "/delegate", "{\"userId\": \"northwind-admin\"}", Outcome.REFUSED),
            new Endpoint("POST", "/assignee", "{\"userId\": \"northwind-admin\"}", Outcome.REFUSED),
            new Endpoint("POST", "/identity-links", "{\"groupId\": \"44444444-4444-4444-8444-444444444444\","
                    + " \"type\": \"candidate\"}", Outcome.REFUSED),
            new Endpoint("POST", "/identity-links/delete", "{\"groupId\": \"33333333-3333-4333-8333-333333333333\","
                    + " \"type\": \"candidate\"}", Outcome.REFUSED),
            new Endpoint("PUT", "", "{\"name\": \"renamed\", \"priority\": 99}", Outcome.REFUSED),
            new Endpoint("DELETE", "", null, Outcome.REFUSED),
            new Endpoint("POST", "/bpmnError", "{\"errorCode\": \"stop\"}", Outcome.REFUSED),
            new Endpoint("POST", "/bpmnEscalation", "{\"escalationCode\": \"stop\"}", Outcome.REFUSED),
            new Endpoint("PUT", "/variables/demo", "{\"value\": \"x\"}", Outcome.REFUSED),
            new Endpoint("POST", "/variables", "{\"modifications\": {\"demo\": {\"value\": \"x\"}}}", Outcome.REFUSED),
            new Endpoint("DELETE", "/variables/demo", null, Outcome.REFUSED),
            new Endpoint("POST", "/variables/demo/data", MULTIPART, Outcome.REFUSED),
            new Endpoint("PUT", "/localVariables/demo", "{\"value\": \"x\"}", Outcome.REFUSED),
            new Endpoint("POST", "/localVariables", "{\"modifications\": {\"demo\": {\"value\": \"x\"}}}",
                    Outcome.REFUSED),
            new Endpoint("DELETE", "/localVariables/demo", null, Outcome.REFUSED),
            new Endpoint("POST", "/localVariables/demo/data", MULTIPART, Outcome.REFUSED),
            new Endpoint("POST", "/attachment/create", MULTIPART, Outcome.REFUSED),
            new Endpoint("DELETE", "/attachment/00000000-0000-4000-8000-000000000000", null, Outcome.REFUSED),
            new Endpoint("POST", "/comment/create", "{\"message\": \"hello\"}", Outcome.ABOUT_COMMENTS_ONLY),
            new Endpoint("PUT", "/comment", "{\"id\": \"00000000-0000-4000-8000-000000000000\", \"message\": \"x\"}",
                    Outcome.ABOUT_COMMENTS_ONLY),
            new Endpoint("DELETE", "/comment", null, Outcome.ABOUT_COMMENTS_ONLY),
            new Endpoint("DELETE", "/comment/00000000-0000-4000-8000-000000000000", null, Outcome.ABOUT_COMMENTS_ONLY));

    @Autowired
    TransferRequests requests;
    @Autowired
    TaskService taskService;

    @BeforeEach
    void moreUsers() {
        users.ensureUser("northwind-sales", PASSWORD, "Northwind sales agent", NORTHWIND, "Northwind", List.of(Role.SALES_AGENT));
        users.ensureUser("northwind-global", PASSWORD, "Northwind global admin", NORTHWIND, "Northwind", List.of(Role.GLOBAL_ADMIN));
    }

    static Stream<Endpoint> writes() {
        return WRITES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void aMemberWithoutTheTasksRoleChangesNothing(Endpoint endpoint) {
        String request = create();
        String task = reviewTask(request);

        ResponseEntity<String> answer = call("northwind-global", task, endpoint);

        if (endpoint.outcome() != Outcome.ABOUT_COMMENTS_ONLY) {
            assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isFalse();
        }
        assertUnchanged(request, task);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void aMemberWithTheTasksRoleWorksOnItThroughClaimAndCompletionOnly(Endpoint endpoint) {
        String request = create();
        String task = reviewTask(request);

        ResponseEntity<String> answer = call("northwind-sales", task, endpoint);

        if (endpoint.outcome() == Outcome.WORKS_ON_THE_TASK) {
            assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isTrue();
            return;
        }
        if (endpoint.outcome() == Outcome.REFUSED) {
            assertThat(answer.getStatusCode().is2xxSuccessful()).as(answer.getBody()).isFalse();
        }
        assertUnchanged(request, task);
    }

    @Test
    void everyWriteOfCamundasTaskResourceHasARow() {
        Set<String> camundas = new TreeSet<>();
        writes(TaskResource.class, "", camundas);
        Map.of("/comment", TaskCommentResource.class, "/attachment", TaskAttachmentResource.class,
                "/variables", VariableResource.class, "/localVariables", VariableResource.class)
                .forEach((prefix, resource) -> writes(resource, prefix, camundas));
        Set<String> rows = new TreeSet<>(WRITES.stream().map(Endpoint::key).toList());

        assertThat(rows).isEqualTo(camundas);
    }

    private static void writes(Class<?> resource, String prefix, Set<String> into) {
        for (Method method : resource.getMethods()) {
            String verb = method.isAnnotationPresent(POST.class) ? "POST" : method.isAnnotationPresent(PUT.class)
                    ? "PUT" : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
            if (verb != null) {
                Path path = method.getAnnotation(Path.class);
                into.add(verb + " " + prefix + (path == null ? "" : path.value().replaceAll("\\{[^}]+}", "{x}")));
            }
        }
    }

    /** The review task is as it was, and so is its request and its process. */
    private void assertUnchanged(String request, String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        assertThat(task).as("the task is still open").isNotNull();
        assertThat(task.getAssignee()).isNull();
        assertThat(task.getName()).isEqualTo("Review transfer request: Litware, from Contoso");
        assertThat(taskService.getIdentityLinksForTask(taskId)).extracting(IdentityLink::getGroupId)
                .containsExactly(NORTHWIND);
        assertThat(runtime.getVariables(task.getProcessInstanceId())).isEmpty();
        assertThat(transfers.findById(request).orElseThrow().awaitsReview()).isTrue();
    }

    private ResponseEntity<String> call(String user, String taskId, Endpoint endpoint) {
        var request = client(user, PASSWORD).method(HttpMethod.valueOf(endpoint.method()))
                .uri("/engine-rest/task/" + taskId + endpoint.path());
        if (MULTIPART.equals(endpoint.body())) {
            LinkedMultiValueMap<String, Object> upload = new LinkedMultiValueMap<>();
            upload.add("data", new ByteArrayResource("x".getBytes()) {
                @Override
                public String getFilename() {
                    return "x.txt";
                }
            });
            upload.add("attachment-name", "x");
            request = request.contentType(MediaType.MULTIPART_FORM_DATA).body(upload);
        } else if (endpoint.body() != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).body(endpoint.body().replace("{self}", user));
        }
        return request.retrieve().toEntity(String.class);
    }

    private String create() {
        return tx.execute(s -> requests.create(LITWARE, TransferFixtures.litwareToNorthwind("litware-intune"),
                TransferFixtures.CONTOSO_ADMIN)).getId();
    }

    private String reviewTask(String transferId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(transferId)
                .taskDefinitionKey(TransferProcess.REVIEW).singleResult().getId();
    }
}
