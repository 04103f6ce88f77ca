package com.csptransition.processes;

import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.ApiTestSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** An analyst's BPMN: unchanged is not redeployed, changed is a new version, broken is refused and changes nothing. */
class ProcessDeployerTest extends ApiTestSupport {

    @Autowired
    RepositoryService repository;
    @TempDir
    Path processes;

    @Test
    void deploysChangesOnlyAndRefusesAFileThatDoesNotParse() throws IOException {
        ProcessDeployer deployer = new ProcessDeployer(repository, new ProcessesProperties(processes));
        Path file = processes.resolve("deployer-test.bpmn");
        Bpmn.writeModelToFile(file.toFile(), process("First name"));

        assertThat(deployer.deploy().deployed()).containsExactly("deployer-test.bpmn");
        assertThat(deployer.deploy().unchanged()).containsExactly("deployer-test.bpmn");
        assertThat(latestVersion()).isEqualTo(1);

        Bpmn.writeModelToFile(file.toFile(), process("Second name"));
        assertThat(deployer.deploy().deployed()).containsExactly("deployer-test.bpmn");
        assertThat(latestVersion()).isEqualTo(2);

        String saved = Files.readString(file);
        Files.writeString(file, saved.substring(0, saved.length() / 2)); // an editor crashed mid-save
        ProcessDeployer.Outcome refused = deployer.deploy();

        assertThat(refused.refused()).isNotEmpty().allSatisfy(error -> assertThat(error).matches("(?s)deployer-test\\.bpmn:\\d+: .+"));
        assertThat(latestVersion()).isEqualTo(2);
    }

    @Test
    void theTransferProcessIsDeployedFromTheProcessesFolderWithItsForms() {
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("subscriptionTransfer").latestVersion()
                .singleResult().getVersionTag()).isEqualTo("3.0.0");
        assertThat(repository.createDeploymentQuery().deploymentName("review-transfer.form").count()).isOne();
        assertThat(repository.createDeploymentQuery().deploymentName("verify-transfer.form").count()).isOne();
    }

    private int latestVersion() {
        return repository.createProcessDefinitionQuery().processDefinitionKey("deployerTest").latestVersion()
                .singleResult().getVersion();
    }

    private static BpmnModelInstance process(String name) {
        return Bpmn.createExecutableProcess("deployerTest").name(name).camundaHistoryTimeToLive(1)
                .startEvent("start").endEvent("end").done();
    }
}
