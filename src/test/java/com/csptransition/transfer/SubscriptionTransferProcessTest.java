package com.csptransition.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import com.csptransition.customer.Subscription;
import com.csptransition.customer.SubscriptionStatus;
import com.csptransition.postgres.AlsoOnPostgres;
import com.csptransition.transfer.eligibility.TransferEffects;
import com.csptransition.transfer.process.TransferProcess;
import com.csptransition.transfer.process.TransferTexts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/subscription-transfer.bpmn, path by path, with the real delegates on the demo data. */
@AlsoOnPostgres
class SubscriptionTransferProcessTest extends TransferTestSupport {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TransferRequests requests;
    @Autowired
    HistoryService history;
    @Autowired
    TaskService taskService;

    @BeforeEach
    void useThisEngine() {
        AbstractAssertions.init(engine);
    }


    @Test
    void acceptedThenVerifiedByBothSides() {
        // given a request for Litware's Intune and Azure PAYG subscriptions
        TransferRequest request = create("litware-intune", "litware-azure-payg");
        ProcessInstance process = processOf(request);
        assertThat(process).isWaitingAt(TransferProcess.REVIEW);
        assertThat(task()).hasCandidateGroup(NORTHWIND);

        // when the provider accepts
        complete(task(), withVariables(TransferProcess.DECISION, TransferProcess.ACCEPT));

        // then the transfer waits as a job, and runs when the job does
        assertThat(process).isWaitingAt("applyTransfer");
        execute(job());
        assertThat(process).isWaitingAt(TransferProcess.PROVIDER_VERIFIES);
        TransferRequest applied = transfers.findById(request.getId()).orElseThrow();
        assertThat(applied.getStatus()).isEqualTo(TransferStatus.Complete);
        assertThat(subscriptions.findById("litware-intune")).get().extracting(Subscription::getStatus)
                .isEqualTo(SubscriptionStatus.SUSPENDED);
        assertThat(subscriptions.findById("litware-azure-payg")).get().extracting(Subscription::getStatus)
                .isEqualTo(SubscriptionStatus.TRANSFERRED);

        // when the provider, then the partner verify
        assertThat(task()).hasCandidateGroup(NORTHWIND);
        complete(task());
        assertThat(process).isWaitingAt(TransferProcess.PARTNER_VERIFIES);
        assertThat(task()).hasCandidateGroup(CONTOSO);
        complete(task());

        // then the process ends complete, both verifications recorded
        assertThat(process).isEnded().hasPassed("informProviderOfRequest", "informPartnerOfAcceptance",
                "informPartnerOfProviderVerification", "informProviderOfCompletion", "transferCompleted");
        TransferRequest done = transfers.findById(request.getId()).orElseThrow();
        assertThat(done.getProviderVerifiedTime()).isNotNull();
        assertThat(done.getPartnerVerifiedTime()).isNotNull();
        // the process held no variable: the request is its business key, the review's answer stayed on its task
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(process.getId()).list())
                .filteredOn(v -> v.getTaskId() == null).extracting(HistoricVariableInstance::getName).isEmpty();
        assertThat(done.isAccepted()).isTrue();
    }

    @Test
    void theNewSubscriptionsHaveNewIdsTheRecordedQuantityAndAzureKeepsItsAzureId() {
        TransferRequest request = create("litware-intune", "litware-azure-payg");
        // a later quantity change is not reflected in the existing request
        tx.executeWithoutResult(s -> {
            Subscription intune = subscriptions.findById("litware-intune").orElseThrow();
            intune.update(intune.getCustomerId(), intune.getPartnerId(), intune.getOfferId(), intune.getOfferName(),
                    intune.getOfferKind(), null, 99, intune.getBillingCycle(), intune.getStatus(), null);
        });

        complete(task(), withVariables(TransferProcess.DECISION, TransferProcess.ACCEPT));
        execute(job());

        List<TransferLine> lines = transfers.findById(request.getId()).orElseThrow().getLines();
        TransferLine intune = lines.stream().filter(l -> l.getSubscriptionId().equals("litware-intune")).findFirst().orElseThrow();
        TransferLine azure = lines.stream().filter(l -> l.getSubscriptionId().equals("litware-azure-payg")).findFirst().orElseThrow();
        Subscription newIntune = subscriptions.findById(intune.getTransferredSubscriptionId()).orElseThrow();
        Subscription newAzure = subscriptions.findById(azure.getTransferredSubscriptionId()).orElseThrow();
        assertThat(newIntune.getId()).isNotEqualTo("litware-intune");
        assertThat(newIntune.getPartnerId()).isEqualTo(NORTHWIND);
        assertThat(newIntune.getQuantity()).isEqualTo(60);
        assertThat(newAzure.getAzureSubscriptionId()).isEqualTo("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    }

    @Test
    void whatTheTransferDidToEachSubscriptionIsTheTransferableOffersRulesAnswerAndIsAudited() throws Exception {
        TransferRequest request = create("litware-intune", "litware-azure-payg");
        complete(task(), withVariables(TransferProcess.DECISION, TransferProcess.ACCEPT));
        execute(job());

        assertThat(subscriptions.findById("litware-intune")).get().extracting(Subscription::getStatus)
                .isEqualTo(SubscriptionStatus.SUSPENDED);
        assertThat(subscriptions.listed(LITWARE, CONTOSO)).extracting(Subscription::getId)
                .contains("litware-intune").doesNotContain("litware-azure-payg");
        mvc.perform(get("/api/decisions").param("subject", request.getId()).with(admin()))
                .andExpect(jsonPath("$[0].kind").value(TransferEffects.DECISION_KIND))
                .andExpect(jsonPath("$[0].outcome").value("APPLIED"))
                .andExpect(jsonPath("$[0].organisation").value(NORTHWIND))
                .andExpect(jsonPath("$[0].reasons[?(@.subjectId == 'litware-intune')].code").value(hasItem("SUSPENDED")))
                .andExpect(jsonPath("$[0].reasons[?(@.subjectId == 'litware-azure-payg')].code")
                        .value(hasItem("NO_LONGER_LISTED")))
                .andExpect(jsonPath("$[0].reasons[0].rule").value(startsWith("After the transfer the partner's subscription")));
    }

    @Test
    void rejectedNothingMoves() {
        TransferRequest request = create("litware-intune");
        ProcessInstance process = processOf(request);

        complete(task(), withVariables(TransferProcess.DECISION, TransferProcess.REJECT, TransferProcess.REJECTION_REASON, "no credit line"));


        assertThat(process).isEnded().hasPassed("rejectTransfer", "informPartnerOfRejection", "transferRejected");
        TransferRequest rejected = transfers.findById(request.getId()).orElseThrow();
        assertThat(rejected.getStatus()).isEqualTo(TransferStatus.Reject);
        assertThat(rejected.getRejectionReason()).isEqualTo("no credit line");
        assertThat(subscriptions.findById("litware-intune")).get().extracting(Subscription::getStatus)
                .isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(transfers.findSubscriptionsInActiveTransfer(List.of("litware-intune"))).isEmpty();
    }

    @Test
    void withdrawnBeforeTheProviderActs() {
        TransferRequest request = create("litware-intune");
        ProcessInstance process = processOf(request);

        runtime.createMessageCorrelation(TransferProcess.WITHDRAWN_MESSAGE).processInstanceBusinessKey(request.getId())
                .correlate();

        assertThat(process).isEnded().hasPassed("cancelTransfer", "informProviderOfWithdrawal", "transferCanceled");
        assertThat(transfers.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(TransferStatus.Canceled);
        assertThat(transfers.findSubscriptionsInActiveTransfer(List.of("litware-intune"))).isEmpty();
    }

    @Test
    void expiresWhenNobodyReviewsWithinThirtyDays() {
        TransferRequest request = create("litware-intune");
        ProcessInstance process = processOf(request);

        Job timer = job("reviewPeriodElapsed", process);
        assertThat(Duration.between(Instant.now(), timer.getDuedate().toInstant()))
                .isBetween(Duration.ofDays(30).minusMinutes(5), Duration.ofDays(30));
        // the review task's due date says when: the Tasklist shows the expiry before it strikes
        assertThat(Duration.between(task().getDueDate().toInstant(), timer.getDuedate().toInstant()).abs())
                .isLessThan(Duration.ofSeconds(5));
        execute(timer);

        assertThat(process).isEnded().hasPassed("expireTransfer", "informBothOfExpiry", "transferExpired");
        assertThat(transfers.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(TransferStatus.Expired);
        assertThat(transfers.findSubscriptionsInActiveTransfer(List.of("litware-intune"))).isEmpty();
    }

    @Test
    void theVerificationStepAloneRecordsWhoVerified() {
        // given a request transferred and verified by the provider, and its process started at the partner's step
        TransferRequest request = create("litware-intune");
        runtime.deleteProcessInstance(processOf(request).getId(), "test starts a single step", true, true);
        tx.executeWithoutResult(s -> {
            TransferRequest transferred = transfers.findById(request.getId()).orElseThrow();
            transferred.review(true, null, "northwind-admin", Instant.now());
            transferred.complete("system", Instant.now());
            transferred.verifiedByProvider("northwind-admin", Instant.now());
        });
        ProcessInstance process = runtime.createProcessInstanceByKey(TransferProcess.KEY).businessKey(request.getId())
                .startBeforeActivity(TransferProcess.PARTNER_VERIFIES).execute();
        assertThat(process).isWaitingAt(TransferProcess.PARTNER_VERIFIES);

        // when the partner verifies
        complete(task());

        // then
        assertThat(process).isEnded();
        assertThat(transfers.findById(request.getId()).orElseThrow().getPartnerVerifiedTime()).isNotNull();
    }

    @Test
    void theTransferStepAloneRefusesARequestNobodyAccepted() {
        // given a request still waiting for the provider, and a process started at the transfer step
        TransferRequest request = create("litware-intune");
        ProcessInstance process = runtime.createProcessInstanceByKey(TransferProcess.KEY).businessKey(request.getId())
                .startBeforeActivity("applyTransfer").execute();

        // when the transfer job runs, then it refuses and nothing moves
        assertThatThrownBy(() -> execute(job(process))).hasMessageContaining("not an accepted request waiting for its transfer");
        assertThat(transfers.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(TransferStatus.Active);
        assertThat(subscriptions.findById("litware-intune")).get().extracting(Subscription::getStatus)
                .isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    void theTransferStepAppliesARequestOnce() {
        // given an accepted request that was transferred
        TransferRequest request = create("litware-intune");
        complete(task(), withVariables(TransferProcess.DECISION, TransferProcess.ACCEPT));
        execute(job());
        long subscriptionsAfter = subscriptions.count();

        // when a second process runs the transfer step for it, then it refuses, and no subscription is added
        ProcessInstance again = runtime.createProcessInstanceByKey(TransferProcess.KEY).businessKey(request.getId())
                .startBeforeActivity("applyTransfer").execute();
        assertThatThrownBy(() -> execute(job(again))).hasMessageContaining("is Complete: nothing more can be done");
        assertThat(subscriptions.count()).isEqualTo(subscriptionsAfter);
    }

    @Test
    void aSubscriptionSuspendedSinceTheRequestWasMadeIsNotTransferred() {
        // given a request whose subscription the partner suspended afterwards
        TransferRequest request = create("litware-intune");
        tx.executeWithoutResult(s -> subscriptions.findById("litware-intune").orElseThrow().suspend());
        long before = subscriptions.count();

        // when the provider accepts and the transfer step runs, then it refuses and nothing is copied
        complete(task(), withVariables(TransferProcess.DECISION, TransferProcess.ACCEPT));
        assertThatThrownBy(() -> execute(job())).hasMessageContaining("you cannot transfer it");
        assertThat(subscriptions.count()).isEqualTo(before);
        assertThat(transfers.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(TransferStatus.Active);
    }

    @Test
    void aRejectionNeedsAReason() {
        TransferRequest request = create("litware-intune");

        assertThatThrownBy(() -> complete(task(), withVariables(TransferProcess.DECISION, TransferProcess.REJECT)))
                .hasMessageContaining("a rejection needs a reason");

        assertThat(processOf(request)).isWaitingAt(TransferProcess.REVIEW);
        assertThat(transfers.findById(request.getId()).orElseThrow().awaitsReview()).isTrue();
    }

    @Test
    void theReviewTaskSaysWhatItIsAboutWhoAskedAndWhenItExpires() {
        // given a request for Tailspin's Office 365 E3, which brings its add-on along
        TransferRequest request = requests.create(TAILSPIN, new CreateTransfer(CONTOSO, NORTHWIND,
                List.of(new CreateTransfer.LineItem("tailspin-o365-e3"))), TransferFixtures.CONTOSO_ADMIN);

        // then the task's name says whose customer and which partner, its due date when it expires
        Task review = taskService.createTaskQuery().processInstanceBusinessKey(request.getId()).singleResult();
        assertThat(review.getName()).isEqualTo("Review transfer request: Tailspin Toys, from Contoso");
        assertThat(Duration.between(Instant.now(), review.getDueDate().toInstant()))
                .isBetween(Duration.ofDays(30).minusMinutes(5), Duration.ofDays(30));
        // and its form: who asked and when, the expiry, the lines by offer name without offer GUIDs, add-ons beneath
        Map<String, Object> form = taskService.getVariablesLocal(review.getId());
        assertThat(form).containsEntry("customerName", "Tailspin Toys").containsEntry("partnerName", "Contoso")
                .containsEntry("providerName", "Northwind Distribution");
        assertThat((String) form.get("requestedBy")).startsWith("Contoso admin agent (contoso-admin), ")
                .endsWith(" UTC");
        assertThat((String) form.get("expires")).isEqualTo(TransferTexts.time(review.getDueDate()));
        assertThat((String) form.get("transferLines")).isEqualTo("""
                Office 365 E3: 25 licenses, billed monthly
                    + add-on Audio Conferencing: 25 licenses, billed monthly""").doesNotContain("796B6B5F");
        // the form takes an explicit answer: accept or reject, nothing else
        assertThatThrownBy(() -> complete(review, withVariables(TransferProcess.DECISION, "maybe")))
                .hasMessageContaining("decision: expected one of [accept, reject]");
        assertThatThrownBy(() -> taskService.complete(review.getId()))
                .hasMessageContaining("decision: required");
    }

    @Test
    void theProvidersCopyOfAnAddOnIsAnAddOnOfItsBasesCopy() {
        TransferRequest request = requests.create(TAILSPIN, new CreateTransfer(CONTOSO, NORTHWIND,
                List.of(new CreateTransfer.LineItem("tailspin-o365-e3"))), TransferFixtures.CONTOSO_ADMIN);
        ProcessInstance process = processOf(request);

        complete(task(process), withVariables(TransferProcess.DECISION, TransferProcess.ACCEPT));
        execute(job(process));

        List<TransferLine> lines = transfers.findById(request.getId()).orElseThrow().getLines();
        String newBase = line(lines, "tailspin-o365-e3").getTransferredSubscriptionId();
        Subscription newAddOn = subscriptions.findById(line(lines, "tailspin-o365-audio").getTransferredSubscriptionId())
                .orElseThrow();
        assertThat(newAddOn.getBaseSubscriptionId()).isEqualTo(newBase);
        assertThat(newAddOn.getPartnerId()).isEqualTo(NORTHWIND);
        assertThat(subscriptions.findById(newBase).orElseThrow().getBaseSubscriptionId()).isNull();
        assertThat((String) taskService.getVariableLocal(task(process).getId(), "subscriptionsNow"))
                .contains("Northwind Distribution: new subscription " + newAddOn.getId() + " is active, an add-on of "
                        + newBase);
    }

    @Test
    void theVerificationTasksShowTheSubscriptionsAsTheyNowStandAndWhenTheyAreFollowedUp() {
        // given an accepted request for Litware's Intune and Azure subscriptions, transferred
        TransferRequest request = create("litware-intune", "litware-azure-payg");
        ProcessInstance process = processOf(request);
        complete(task(), withVariables(TransferProcess.DECISION, TransferProcess.ACCEPT));
        execute(job());

        // then the provider's task: who and what, followed up when its reminder is due, due when it escalates
        Task verification = task();
        assertThat(verification.getName()).isEqualTo("Verify transfer is complete (provider): Litware, from Contoso");
        assertThat(Duration.between(Instant.now(), verification.getFollowUpDate().toInstant()))
                .isBetween(Duration.ofDays(3).minusMinutes(5), Duration.ofDays(3));
        assertThat(Duration.between(Instant.now(), verification.getDueDate().toInstant()))
                .isBetween(Duration.ofDays(7).minusMinutes(5), Duration.ofDays(7));
        List<TransferLine> lines = transfers.findById(request.getId()).orElseThrow().getLines();
        String now = (String) taskService.getVariableLocal(verification.getId(), "subscriptionsNow");
        assertThat(now).contains("Microsoft Intune: 60 licenses, billed monthly\n    Contoso: litware-intune is suspended\n"
                        + "    Northwind Distribution: new subscription " + line(lines, "litware-intune")
                        .getTransferredSubscriptionId() + " is active")
                .contains("Microsoft Azure: Azure pay-as-you-go, billed monthly\n    Contoso: litware-azure-payg is no longer listed\n"
                        + "    Northwind Distribution: new subscription " + line(lines, "litware-azure-payg")
                        .getTransferredSubscriptionId() + " is active, Azure subscription id "
                        + "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d (kept)")
                .doesNotContain("A5A4E8A4");

        // when the provider verifies, then the partner's task names the provider
        complete(verification);
        assertThat(process).isWaitingAt(TransferProcess.PARTNER_VERIFIES);
        assertThat(task().getName()).isEqualTo("Verify transfer is complete (partner): Litware, to Northwind Distribution");
        assertThat((String) taskService.getVariableLocal(task().getId(), "subscriptionsNow"))
                .contains("litware-intune is suspended");
    }

    private static TransferLine line(List<TransferLine> lines, String subscriptionId) {
        return lines.stream().filter(l -> l.getSubscriptionId().equals(subscriptionId)).findFirst().orElseThrow();
    }

    /** Creates the request; its process then waits for the provider's review. */
    private TransferRequest create(String... subscriptionIds) {
        TransferRequest request = requests.create(LITWARE, TransferFixtures.litwareToNorthwind(subscriptionIds),
                TransferFixtures.CONTOSO_ADMIN);
        assertThat(processOf(request)).isWaitingAt(TransferProcess.REVIEW);
        return request;
    }

    private ProcessInstance processOf(TransferRequest request) {
        ProcessInstance process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(request.getId())
                .singleResult();
        assertThat(process).isNotNull();
        return process;
    }
}
