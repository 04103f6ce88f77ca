package com.csptransition.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import com.csptransition.customer.Subscription;
import com.csptransition.customer.SubscriptionStatus;
import com.csptransition.transfer.process.ApplyTransfer;
import com.csptransition.transfer.process.TransferProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** The transfer step fails after it has applied every line: nothing stays applied, retries run out, an incident. */
class TransferFailureProcessTest extends TransferTestSupport {

    @MockitoSpyBean(name = "applyTransfer")
    ApplyTransfer applyTransfer;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService management;
    @Autowired
    TransferRequests requests;


    @Test
    void aFailingTransferRollsBackRetriesThenRaisesAnIncident() throws Exception {
        AbstractAssertions.init(engine);
        long before = subscriptions.count();
        doAnswer(invocation -> {
            invocation.callRealMethod(); // every line applied...
            throw new IllegalStateException("provider's billing system unavailable"); // ...then the step fails
        }).when(applyTransfer).execute(any());
        TransferRequest request = requests.create(LITWARE,
                TransferFixtures.litwareToNorthwind("litware-intune", "litware-azure-payg"), TransferFixtures.CONTOSO_ADMIN);
        ProcessInstance process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(request.getId()).singleResult();
        assertThat(process).isWaitingAt(TransferProcess.REVIEW);
        complete(task(), withVariables(TransferProcess.ACCEPTED, true));

        for (int attempt = 1; attempt <= 3; attempt++) {
            String jobId = job().getId();
            assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining("billing system unavailable");
            // nothing half applied: no new subscription, the sources untouched, the request still active
            assertThat(subscriptions.count()).isEqualTo(before);
            assertThat(subscriptions.findById("litware-intune")).get().extracting(Subscription::getStatus)
                    .isEqualTo(SubscriptionStatus.ACTIVE);
            assertThat(transfers.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(TransferStatus.Active);
        }

        assertThat(job().getRetries()).isZero();
        assertThat(runtime.createIncidentQuery().processInstanceId(process.getId()).singleResult())
                .isNotNull()
                .satisfies(incident -> assertThat(incident.getActivityId()).isEqualTo("applyTransfer"));
        assertThat(process).isWaitingAt("applyTransfer");
    }
}
