package com.csptransition.transfer.process;

import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Service tasks escalateProviderVerification and escalatePartnerVerification, after a verification task's
 * non-interrupting timer ({@code csp.transfer.verification-escalation-after}): the side's admin agents and operations
 * are told, and the task moves to the top of its task list.
 */
@Component("escalateVerification")
public class EscalateVerification extends TransferNotice {

    public static final String KIND = "TRANSFER_VERIFICATION_OVERDUE";
    public static final int ESCALATED_PRIORITY = 100;

    public EscalateVerification(TransferRequestRepository transfers, IdentityService identityService, Clock clock,
            TransferNotices notices, TransferTexts texts) {
        super(transfers, identityService, clock, notices, texts);
    }

    @Override
    void tell(DelegateExecution execution, TransferRequest request) {
        request.require(request.awaitsVerification(), "is not waiting for a verification");
        boolean provider = request.getProviderVerifiedTime() == null;
        String side = provider ? request.getTargetPartnerId() : request.getSourcePartnerId();
        String sideName = provider ? request.getTargetPartnerName() : request.getSourcePartnerName();
        String occasion = provider ? "provider" : "partner";
        String subject = "Overdue: " + sideName + " has not verified the transfer of " + request.getCustomerName()
                + "'s subscriptions";
        String body = about(request) + " " + since(request) + " and still waits for " + sideName
                + "'s verification (" + (provider ? "the provider" : "the partner") + "). An admin agent of "
                + sideName + " checks the subscriptions and completes the task, or asks operations for help. As they"
                + " now stand:\n\n" + texts.linesNow(request);
        notices.tell(request, side, TransferNotices.ADMIN_AGENTS, KIND, subject, body, occasion);
        notices.tellOperations(request, KIND, subject, body, occasion);
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(provider ? TransferProcess.PROVIDER_VERIFIES : TransferProcess.PARTNER_VERIFIES)
                .list()) {
            tasks.setPriority(task.getId(), ESCALATED_PRIORITY);
        }
    }
}
