package com.csptransition.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.csptransition.identity.Role;
import com.csptransition.notification.Notification;
import com.csptransition.transfer.process.EscalateVerification;
import com.csptransition.transfer.process.InformBothOfExpiry;
import com.csptransition.transfer.process.InformPartnerOfAcceptance;
import com.csptransition.transfer.process.InformPartnerOfProviderVerification;
import com.csptransition.transfer.process.InformPartnerOfRejection;
import com.csptransition.transfer.process.InformProviderOfCompletion;
import com.csptransition.transfer.process.InformProviderOfRequest;
import com.csptransition.transfer.process.InformProviderOfWithdrawal;
import com.csptransition.transfer.process.RemindProviderToReview;
import com.csptransition.transfer.process.RemindVerifier;
import com.csptransition.transfer.process.TransferProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The guide's "inform" steps, reminders and escalations of processes/subscription-transfer.bpmn: each notice goes
 * through the outbox to the other side's agents, in the transaction of the step that tells it.
 */
class TransferNoticesProcessTest extends TransferTestSupport {

    static final String CONTOSO_MAIL = "mpn@contoso.example";
    static final String NORTHWIND_MAIL = "mpn@northwind.example";
    static final String OPERATIONS = "partner-operations@csp-transition.local";

    @Autowired
    ProcessEngine engine;
    @Autowired
    TransferRequests requests;
    @Autowired
    IdentityService identityService;

    @BeforeEach
    void useThisEngine() {
        AbstractAssertions.init(engine);
    }

    @Test
    void eachStepOfTheFourInformsTheOtherSide() {
        // when the partner creates a request, then the provider is told what is asked, by whom and until when
        TransferRequest request = create();
        Notification requested = single(request, InformProviderOfRequest.KIND);
        assertThat(requested.getRecipient()).isEqualTo(NORTHWIND_MAIL);
        assertThat(requested.getOrganisation()).isEqualTo(NORTHWIND);
        assertThat(requested.getSubject()).isEqualTo("Transfer request from Contoso for Litware");
        assertThat(requested.getBody()).contains("Microsoft Intune: 60 licenses, billed monthly")
                .contains("Contoso admin agent (contoso-admin)").contains("Accept or reject it by ")
                .doesNotContain("A5A4E8A4");

        // when the provider accepts, then the partner is told
        complete(task(), withVariables(TransferProcess.DECISION, TransferProcess.ACCEPT));
        assertThat(single(request, InformPartnerOfAcceptance.KIND).getRecipient()).isEqualTo(CONTOSO_MAIL);

        // when the transfer ran and the provider verified, then the partner is told what to check, as things stand
        execute(job());
        complete(task());
        Notification verified = single(request, InformPartnerOfProviderVerification.KIND);
        assertThat(verified.getRecipient()).isEqualTo(CONTOSO_MAIL);
        assertThat(verified.getBody()).contains("Contoso: litware-intune is suspended");

        // when the partner verified too, then the provider hears the transfer is complete
        complete(task());
        assertThat(single(request, InformProviderOfCompletion.KIND).getRecipient()).isEqualTo(NORTHWIND_MAIL);
        assertThat(noticesAbout(request.getId(), InformProviderOfRequest.KIND)).hasSize(1); // nobody is told twice
    }

    @Test
    void aRejectionTellsThePartnerWhy() {
        TransferRequest request = create();

        complete(task(), withVariables(TransferProcess.DECISION, TransferProcess.REJECT,
                TransferProcess.REJECTION_REASON, "no credit line for this customer"));

        Notification rejected = single(request, InformPartnerOfRejection.KIND);
        assertThat(rejected.getRecipient()).isEqualTo(CONTOSO_MAIL);
        assertThat(rejected.getBody()).contains("no credit line for this customer");
    }

    @Test
    void aWithdrawalTellsTheProvider() {
        TransferRequest request = create();

        runtime.createMessageCorrelation(TransferProcess.WITHDRAWN_MESSAGE).processInstanceBusinessKey(request.getId())
                .correlate();

        assertThat(single(request, InformProviderOfWithdrawal.KIND).getRecipient()).isEqualTo(NORTHWIND_MAIL);
    }

    @Test
    void aReviewIsRemindedOfBeforeItExpiresThenBothSidesHearItExpired() {
        // given a request waiting for its review
        TransferRequest request = create();
        ProcessInstance process = processOf(request);
        Job reminder = job("reviewReminderDue", process);
        Job expiry = job("reviewPeriodElapsed", process);
        assertThat(Duration.between(reminder.getDuedate().toInstant(), expiry.getDuedate().toInstant()))
                .isBetween(Duration.ofDays(3).minusSeconds(5), Duration.ofDays(3).plusSeconds(5));

        // when the reminder is due, then the provider is reminded and the review stays open
        execute(reminder);
        Notification reminded = single(request, RemindProviderToReview.KIND);
        assertThat(reminded.getRecipient()).isEqualTo(NORTHWIND_MAIL);
        assertThat(reminded.getSubject()).startsWith("Reminder: the transfer request from Contoso for Litware expires ");
        assertThat(process).isWaitingAt(TransferProcess.REVIEW);

        // when the review period is over, then both sides hear it expired
        execute(job("reviewPeriodElapsed", process));
        assertThat(noticesAbout(request.getId(), InformBothOfExpiry.KIND)).extracting(Notification::getRecipient)
                .containsExactlyInAnyOrder(CONTOSO_MAIL, NORTHWIND_MAIL);
        assertThat(process).isEnded();
    }

    @Test
    void aVerificationThatWaitsIsRemindedOfThenEscalatedToTheSidesAdminAgentsAndOperations() {
        // given a transferred request waiting for the provider's verification
        TransferRequest request = create();
        ProcessInstance process = processOf(request);
        complete(task(), withVariables(TransferProcess.DECISION, TransferProcess.ACCEPT));
        execute(job());
        Job reminder = job("providerVerificationReminderDue", process);
        Job overdue = job("providerVerificationOverdue", process);
        assertThat(Duration.between(Instant.now(), reminder.getDuedate().toInstant()))
                .isBetween(Duration.ofDays(3).minusMinutes(5), Duration.ofDays(3));
        assertThat(Duration.between(Instant.now(), overdue.getDuedate().toInstant()))
                .isBetween(Duration.ofDays(7).minusMinutes(5), Duration.ofDays(7));

        // when the reminder is due, then the provider's agents are reminded
        execute(reminder);
        assertThat(noticesAbout(request.getId(), RemindVerifier.KIND)).extracting(Notification::getRecipient)
                .containsExactly(NORTHWIND_MAIL);
        // when it is overdue, then the provider's admin agents and operations are told, and the task goes on top
        execute(overdue);
        List<Notification> escalated = noticesAbout(request.getId(), EscalateVerification.KIND);
        assertThat(escalated).extracting(Notification::getRecipient).containsExactlyInAnyOrder(NORTHWIND_MAIL, OPERATIONS);
        assertThat(escalated).extracting(Notification::getOrganisation).containsExactlyInAnyOrder(NORTHWIND, null);
        Task verification = task();
        assertThat(verification.getPriority()).isEqualTo(EscalateVerification.ESCALATED_PRIORITY);
        assertThat(process).isWaitingAt(TransferProcess.PROVIDER_VERIFIES);

        // when the provider verifies, then the partner's verification is reminded of in its turn, to the partner
        complete(verification);
        execute(job("partnerVerificationReminderDue", process));
        assertThat(noticesAbout(request.getId(), RemindVerifier.KIND)).extracting(Notification::getRecipient)
                .containsExactly(NORTHWIND_MAIL, CONTOSO_MAIL);
        execute(job("partnerVerificationOverdue", process));
        assertThat(noticesAbout(request.getId(), EscalateVerification.KIND)).extracting(Notification::getRecipient)
                .containsExactlyInAnyOrder(NORTHWIND_MAIL, OPERATIONS, CONTOSO_MAIL, OPERATIONS);
        complete(task());
        assertThat(process).isEnded().hasPassed("transferCompleted");
    }

    @Test
    void agentsWithAnEmailAddressAreToldThemselvesAndOtherRolesAreNot() {
        // given Northwind users with e-mail addresses: a sales agent, an admin agent, a global admin
        withEmail("northwind-mailed-sales", Role.SALES_AGENT, "sales@northwind.example");
        withEmail("northwind-mailed-admin", Role.ADMIN_AGENT, "admin@northwind.example");
        withEmail("northwind-mailed-global", Role.GLOBAL_ADMIN, "global@northwind.example");
        try {
            // when Contoso creates a request, then Northwind's agents are told, each their own, and not the MPN address
            TransferRequest request = create();
            assertThat(noticesAbout(request.getId(), InformProviderOfRequest.KIND)).extracting(Notification::getRecipient)
                    .containsExactlyInAnyOrder("sales@northwind.example", "admin@northwind.example");
        } finally {
            List.of("northwind-mailed-sales", "northwind-mailed-admin", "northwind-mailed-global")
                    .forEach(identityService::deleteUser);
        }
    }

    private void withEmail(String userId, Role role, String email) {
        users.ensureUser(userId, PASSWORD, userId, NORTHWIND, "Northwind", List.of(role));
        User user = identityService.createUserQuery().userId(userId).singleResult();
        user.setEmail(email);
        identityService.saveUser(user);
    }

    private TransferRequest create() {
        TransferRequest request = requests.create(LITWARE, TransferFixtures.litwareToNorthwind("litware-intune"),
                TransferFixtures.CONTOSO_ADMIN);
        assertThat(processOf(request)).isWaitingAt(TransferProcess.REVIEW);
        return request;
    }

    private Notification single(TransferRequest request, String kind) {
        List<Notification> notices = noticesAbout(request.getId(), kind);
        assertThat(notices).as(kind).hasSize(1);
        return notices.get(0);
    }

    private ProcessInstance processOf(TransferRequest request) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(request.getId()).singleResult();
    }
}
