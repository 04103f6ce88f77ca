package com.csptransition.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doCallRealMethod;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.customer.Subscription;
import com.csptransition.customer.SubscriptionStatus;
import com.csptransition.notification.Notification;
import com.csptransition.postgres.AlsoOnPostgres;
import com.csptransition.transfer.process.ApplyTransfer;
import com.csptransition.transfer.process.TransferFailures;
import com.csptransition.transfer.process.TransferProcess;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The transfer step fails after it has applied every line: nothing stays applied, the retries run out, and the
 * request becomes Failed with the reason on its lines, its subscriptions free and both sides told; the incident stays
 * for operations, whose retry transfers it again if its subscriptions are still free.
 */
@AlsoOnPostgres
@ExtendWith(OutputCaptureExtension.class)
class TransferFailureProcessTest extends TransferTestSupport {

    static final String UNAVAILABLE = "provider's billing system unavailable";

    @MockitoSpyBean(name = "applyTransfer")
    ApplyTransfer applyTransfer;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService management;
    @Autowired
    TransferRequests requests;

    @BeforeEach
    void useThisEngine() {
        AbstractAssertions.init(engine);
    }

    @Test
    void afterItsRetriesAFailingTransferIsFailedWithItsReasonItsSubscriptionsFreeAndBothSidesTold() throws Exception {
        // given an accepted request whose transfer step fails after applying every line
        long before = subscriptions.count();
        failTheTransferStep();
        TransferRequest request = acceptedRequest("litware-intune", "litware-azure-payg");
        ProcessInstance process = processOf(request);

        // when the job fails three times
        for (int attempt = 1; attempt <= 3; attempt++) {
            String jobId = job().getId();
            assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining("billing system unavailable");
            // nothing half applied: no new subscription, the sources untouched
            assertThat(subscriptions.count()).isEqualTo(before);
            assertThat(subscriptions.findById("litware-intune")).get().extracting(Subscription::getStatus)
                    .isEqualTo(SubscriptionStatus.ACTIVE);
            assertThat(transfers.findById(request.getId()).orElseThrow().getStatus())
                    .isEqualTo(attempt < 3 ? TransferStatus.Active : TransferStatus.Failed);
        }

        // then the incident stays at the transfer step, for operations
        assertThat(job().getRetries()).isZero();
        Incident incident = runtime.createIncidentQuery().processInstanceId(process.getId()).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getActivityId()).isEqualTo(TransferProcess.APPLY);
        assertThat(process).isWaitingAt(TransferProcess.APPLY);
        // and the request is Failed, each line says why — a technical failure in words for the sides, its detail for
        // operations — and its subscriptions are free for a new request
        TransferRequest failed = transfers.findById(request.getId()).orElseThrow();
        assertThat(failed.getLines()).allSatisfy(line -> {
            assertThat(line.getTransferError()).isEqualTo(TransferFailures.TECHNICAL);
            assertThat(line.getStatus()).isEqualTo(TransferStatus.Failed);
        });
        assertThat(transfers.findSubscriptionsInActiveTransfer(List.of("litware-intune", "litware-azure-payg"))).isEmpty();
        mvc.perform(get("/v1/customers/{c}/transfers/{id}", LITWARE, request.getId()).with(as("contoso-admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("Failed"))
                .andExpect(jsonPath("$.lineItems[0].transferError").value(TransferFailures.TECHNICAL))
                .andExpect(jsonPath("$.lineItems[1].transferError").value(TransferFailures.TECHNICAL));
        // both sides' agents (their MPN account e-mail: no demo agent has an e-mail address) and operations are told
        assertThat(noticesAbout(request.getId(), TransferFailures.KIND)).extracting(Notification::getRecipient)
                .containsExactlyInAnyOrder("mpn@contoso.example", "mpn@northwind.example",
                        "partner-operations@csp-transition.local");
        assertThat(noticesAbout(request.getId(), TransferFailures.KIND)).allSatisfy(notice -> {
            assertThat(notice.getBody()).contains("Microsoft Intune: 60 licenses");
            if (notice.getOrganisation() == null) {
                assertThat(notice.getBody()).contains(UNAVAILABLE); // operations
            } else {
                assertThat(notice.getBody()).contains(TransferFailures.TECHNICAL).doesNotContain(UNAVAILABLE);
            }
        });
    }

    @Test
    void operationsRetryTheIncidentAndTheTransferRunsAgain() {
        // given a request whose transfer failed after its retries
        failTheTransferStep();
        TransferRequest request = acceptedRequest("litware-intune");
        ProcessInstance process = processOf(request);
        String jobId = exhaustRetries();

        // when the cause is gone and operations retry the incident (what Cockpit's retry does), and the job runs
        doCallRealMethod().when(applyTransfer).execute(any());
        management.setJobRetries(jobId, 1);
        assertThat(runtime.createIncidentQuery().processInstanceId(process.getId()).count()).isZero();
        management.executeJob(jobId);

        // then the request is transferred after all, and waits for the provider's verification
        TransferRequest done = transfers.findById(request.getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(TransferStatus.Complete);
        assertThat(done.getLines()).allSatisfy(line -> {
            assertThat(line.getTransferError()).isNull();
            assertThat(line.getTransferredSubscriptionId()).isNotNull();
        });
        assertThat(subscriptions.findById("litware-intune")).get().extracting(Subscription::getStatus)
                .isEqualTo(SubscriptionStatus.SUSPENDED);
        assertThat(process).isWaitingAt(TransferProcess.PROVIDER_VERIFIES);
        // and whoever heard it failed hears it ran after all
        assertThat(noticesAbout(request.getId(), TransferFailures.RETRIED_KIND)).extracting(Notification::getRecipient)
                .containsExactlyInAnyOrder("mpn@contoso.example", "mpn@northwind.example",
                        "partner-operations@csp-transition.local");
    }

    @Test
    void aRetryDoesNotMoveASubscriptionChangedSinceTheRequest() {
        // given a failed request for 60 Intune licenses, and the partner changing the count to 70 since
        failTheTransferStep();
        TransferRequest request = acceptedRequest("litware-intune");
        String jobId = exhaustRetries();
        doCallRealMethod().when(applyTransfer).execute(any());
        tx.executeWithoutResult(s -> subscriptions.findById("litware-intune").orElseThrow().changeQuantity(70));
        long before = subscriptions.count();

        // when operations retry it, then it fails again and says why, in words the sides may read
        management.setJobRetries(jobId, 1);
        assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining("cannot be retried");
        TransferRequest failed = transfers.findById(request.getId()).orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(TransferStatus.Failed);
        assertThat(failed.getLines().get(0).getTransferError()).contains("litware-intune changed since the request")
                .contains("quantity 70").contains("recorded quantity 60");
        assertThat(subscriptions.count()).isEqualTo(before); // nothing copied
        assertThat(subscriptions.findById("litware-intune").orElseThrow().getQuantity()).isEqualTo(70);
    }

    @Test
    void aRetryDoesNotTakeSubscriptionsANewRequestHolds() {
        // given a failed request, and the partner's new request for the same subscription since
        failTheTransferStep();
        TransferRequest request = acceptedRequest("litware-intune");
        String jobId = exhaustRetries();
        doCallRealMethod().when(applyTransfer).execute(any());
        TransferRequest newer = requests.create(LITWARE, TransferFixtures.litwareToNorthwind("litware-intune"),
                TransferFixtures.CONTOSO_ADMIN);

        // when operations retry the old one, then it fails again and says why
        management.setJobRetries(jobId, 1);
        assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining("in another active transfer request");
        TransferRequest failed = transfers.findById(request.getId()).orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(TransferStatus.Failed);
        assertThat(failed.getLines().get(0).getTransferError()).contains("[litware-intune] are in another active");
        assertThat(noticesAbout(request.getId(), TransferFailures.KIND)).hasSize(6); // told again, of the new incident
        // and the newer request still holds its subscription
        assertThat(transfers.findById(newer.getId()).orElseThrow().awaitsReview()).isTrue();
        assertThat(transfers.findSubscriptionsInActiveTransfer(List.of("litware-intune"))).containsExactly("litware-intune");
        assertThat(subscriptions.findById("litware-intune")).get().extracting(Subscription::getStatus)
                .isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    void operationsMarkItFailedBeforeTheRetriesRunOutBySettingThemToZero() {
        // given a request whose transfer failed once and would be retried
        failTheTransferStep();
        TransferRequest request = acceptedRequest("litware-intune");
        String jobId = job().getId();
        assertThatThrownBy(() -> management.executeJob(jobId)).hasMessageContaining(UNAVAILABLE);

        // when operations set its retries to 0 (PUT /engine-rest/job/{id}/retries {"retries": 0})
        management.setJobRetries(jobId, 0);

        // then it is Failed with the reason of its last failure, and its subscriptions are free
        TransferRequest failed = transfers.findById(request.getId()).orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(TransferStatus.Failed);
        assertThat(failed.getLines().get(0).getTransferError()).isEqualTo(TransferFailures.TECHNICAL);
        assertThat(transfers.findSubscriptionsInActiveTransfer(List.of("litware-intune"))).isEmpty();
        assertThat(noticesAbout(request.getId(), TransferFailures.KIND)).hasSize(3);
    }

    /** What is logged while the engine runs a transfer's job (Camunda's job failures, a delegate's lines) names it. */
    @Test
    void linesLoggedWhileTheTransferJobRunsNameTheRequest(CapturedOutput output) {
        doAnswer(invocation -> {
            LoggerFactory.getLogger(ApplyTransfer.class).info("applying the transfer");
            return invocation.callRealMethod();
        }).when(applyTransfer).execute(any());
        TransferRequest request = acceptedRequest("litware-intune");

        management.executeJob(job().getId());

        assertThat(output.getOut().lines().filter(line -> line.contains("applying the transfer")))
                .singleElement(STRING).contains("[record=" + request.getId() + "]");
    }

    private void failTheTransferStep() {
        doAnswer(invocation -> {
            invocation.callRealMethod(); // every line applied...
            throw new IllegalStateException(UNAVAILABLE); // ...then the step fails
        }).when(applyTransfer).execute(any());
    }

    private TransferRequest acceptedRequest(String... subscriptionIds) {
        TransferRequest request = requests.create(LITWARE, TransferFixtures.litwareToNorthwind(subscriptionIds),
                TransferFixtures.CONTOSO_ADMIN);
        assertThat(processOf(request)).isWaitingAt(TransferProcess.REVIEW);
        complete(task(processOf(request)), withVariables(TransferProcess.DECISION, TransferProcess.ACCEPT));
        return request;
    }

    /** Runs the failing transfer job until its retries are gone; its id. */
    private String exhaustRetries() {
        String jobId = job().getId();
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> management.executeJob(jobId)).isNotNull();
        }
        assertThat(management.createJobQuery().jobId(jobId).singleResult().getRetries()).isZero();
        return jobId;
    }

    private ProcessInstance processOf(TransferRequest request) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(request.getId()).singleResult();
    }
}
