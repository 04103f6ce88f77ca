package com.csptransition.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.ApiTestSupport;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * An administrator deploys BPMN over /engine-rest: its expressions and scripts must not reach the operating system
 * (Runtime, reflection), so a stolen administrator password is not a shell on the server.
 */
class ExpressionSandboxTest extends ApiTestSupport {

    @TempDir
    Path dir;

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void undeploy() {
        // through the REST API, like the deployment: it addresses the engine /engine-rest serves
        deployments.forEach(id -> client("admin", "admin-secret").delete()
                .uri("/engine-rest/deployment/{id}?cascade=true", id).retrieve().toBodilessEntity());
    }

    @Test
    void anExpressionCannotRunACommandThroughReflection() {
        Path proof = dir.resolve("by-expression");

        ResponseEntity<String> started = deployAndStart(serviceTask("${''.getClass().forName('java.lang.Runtime')"
                + ".getMethod('getRuntime').invoke(null).exec('touch " + proof + "').waitFor()}"));

        assertThat(started.getStatusCode().is2xxSuccessful()).as(started.getBody()).isFalse();
        assertThat(started.getBody()).contains("Expressions may not use getClass");
        assertThat(proof).doesNotExist();
    }

    @Test
    void anExpressionCannotReachClassesOrTheEnginesInnards() {
        for (String expression : List.of("${execution.class.classLoader}", "${transferSettings.getClass().getName()}",
                // the data source runs SQL, and H2's SQL compiles Java
                "${execution.processEngine.processEngineConfiguration.dataSource.loginTimeout}",
                "${dataSource.loginTimeout}", "${environment.getProperty('camunda.bpm.admin-user.password')}",
                // the engine's services run SQL a query names: H2 writes files with it
                "${execution.processEngine.managementService.createTablePageQuery()"
                        + ".tableName(\"(SELECT FILE_WRITE(STRINGTOUTF8('x'), '" + dir.resolve("by-sql") + "') AS ID_)\")"
                        + ".listPage(0, 1)}",
                "${execution.processEngineServices.runtimeService}",
                "${execution.setProcessBusinessKey('another')}")) {
            ResponseEntity<String> started = deployAndStart(serviceTask(expression));

            assertThat(started.getStatusCode().is2xxSuccessful()).as(expression).isFalse();
            assertThat(started.getBody()).as(expression).containsAnyOf("Expressions may not use",
                    "Cannot resolve identifier");
        }
        assertThat(dir.resolve("by-sql")).doesNotExist();
    }

    @Test
    void aScriptCannotRunACommand() {
        Path byMvel = dir.resolve("by-mvel");
        Path byJuel = dir.resolve("by-juel");

        // MVEL comes with Drools, JUEL with Camunda: both are script engines a script task could name
        ResponseEntity<String> mvel = deployAndStart(scriptTask("mvel",
                "Runtime.getRuntime().exec(new String[] {\"touch\", \"" + byMvel + "\"}).waitFor()"));
        ResponseEntity<String> juel = deployAndStart(scriptTask("juel", "${''.getClass().forName('java.lang.Runtime')"
                + ".getMethod('getRuntime').invoke(null).exec('touch " + byJuel + "').waitFor()}"));

        assertThat(mvel.getStatusCode().is2xxSuccessful()).as(mvel.getBody()).isFalse();
        assertThat(juel.getStatusCode().is2xxSuccessful()).as(juel.getBody()).isFalse();
        assertThat(mvel.getBody()).contains("Scripts are disabled");
        assertThat(juel.getBody()).contains("Scripts are disabled");
        assertThat(byMvel).doesNotExist();
        assertThat(byJuel).doesNotExist();
    }

    @Test
    void expressionsStillReachOurBeansAndTheExecution() {
        ResponseEntity<String> started = deployAndStart(serviceTask(
                "${execution.setVariable('period', transferSettings.reviewPeriod.toString())}"));

        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
    }

    private ResponseEntity<String> deployAndStart(BpmnModelInstance process) {
        String key = process.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).iterator().next()
                .getId();
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", key);
        body.add("data", new ByteArrayResource(Bpmn.convertToString(process).getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return key + ".bpmn";
            }
        });
        ResponseEntity<String> deployed = client("admin", "admin-secret").post().uri("/engine-rest/deployment/create")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(body).retrieve().toEntity(String.class);
        assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);
        deployments.add(JsonPath.read(deployed.getBody(), "$.id"));

        return client("admin", "admin-secret").post().uri("/engine-rest/process-definition/key/{key}/start", key)
                .contentType(MediaType.APPLICATION_JSON).body("{}").retrieve().toEntity(String.class);
    }

    private static BpmnModelInstance serviceTask(String expression) {
        return Bpmn.createExecutableProcess(key()).camundaHistoryTimeToLive(1).startEvent()
                .serviceTask().camundaExpression(expression).endEvent().done();
    }

    private static BpmnModelInstance scriptTask(String language, String script) {
        return Bpmn.createExecutableProcess(key()).camundaHistoryTimeToLive(1).startEvent()
                .scriptTask().scriptFormat(language).scriptText(script).endEvent().done();
    }

    private static String key() {
        return "attack" + UUID.randomUUID().toString().replace("-", "");
    }
}
