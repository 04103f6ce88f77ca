package com.csptransition.transfer;

import com.csptransition.identity.Action;
import com.csptransition.identity.Caller;
import com.csptransition.identity.EngineUser;
import com.csptransition.identity.Side;
import com.csptransition.identity.WhoMayAct;
import com.csptransition.transfer.process.TransferProcess;
import com.csptransition.web.ApiException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the two sides do to a request: the provider accepts or rejects it, the partner withdraws it, each side
 * verifies it. Each completes the same BPMN user task the Tasklist shows, as the caller. Who may act (the side by
 * rules/who-may-act.drl, the role by the rules or the BPMN task) is checked before the state: a wrong side or role is
 * 403 whatever the request's state.
 */
@Service
public class TransferActions {

    private final TransferRequests requests;
    private final TransferTasks tasks;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final EngineUser engineUser;
    private final WhoMayAct whoMayAct;

    public TransferActions(TransferRequests requests, TransferTasks tasks, TaskService taskService,
            RuntimeService runtimeService, EngineUser engineUser, WhoMayAct whoMayAct) {
        this.requests = requests;
        this.tasks = tasks;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.engineUser = engineUser;
        this.whoMayAct = whoMayAct;
    }

    @Transactional
    public TransferRequest accept(String customerId, String transferId, Caller caller) {
        return review(customerId, transferId, caller, Map.of(TransferProcess.DECISION, TransferProcess.ACCEPT));
    }

    /** The review form's answer: a rejection needs a reason. */
    @Transactional
    public TransferRequest reject(String customerId, String transferId, String reason, Caller caller) {
        Map<String, Object> answer = new HashMap<>();
        answer.put(TransferProcess.DECISION, TransferProcess.REJECT);
        answer.put(TransferProcess.REJECTION_REASON, reason);
        return review(customerId, transferId, caller, answer);
    }

    /** The partner cancels the request while the provider has not acted; it ends as Canceled. */
    @Transactional
    public TransferRequest withdraw(String customerId, String transferId, Caller caller) {
        TransferRequest request = requests.lock(customerId, transferId, caller);
        whoMayAct.require(caller, Action.WITHDRAW_TRANSFER, sideOf(request, caller));
        if (!request.awaitsReview()) {
            throw request.getStatus() == TransferStatus.Active ? TransferConflict.inProgress("The provider has already"
                    + " acted on transfer " + transferId + "; it can no longer be withdrawn.") : TransferConflict.ended(request);
        }
        try {
            // the message boundary on reviewTransfer exists only while the provider has not acted
            runtimeService.createMessageCorrelation(TransferProcess.WITHDRAWN_MESSAGE)
                    .processInstanceBusinessKey(transferId)
                    .setVariable(TransferProcess.ACTOR, Variables.stringValue(caller.userId(), true))
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw TransferConflict.inProgress("The provider has already acted on transfer " + transferId
                    + "; it can no longer be withdrawn.");
        }
        return requests.find(customerId, transferId, caller);
    }

    /** Completes the caller's side's verification task. */
    @Transactional
    public TransferRequest verify(String customerId, String transferId, Caller caller) {
        TransferRequest request = requests.lock(customerId, transferId, caller);
        Side side = sideOf(request, caller);
        whoMayAct.require(caller, Action.VERIFY_TRANSFER, side);
        boolean provider = side == Side.PROVIDER;
        String step = provider ? TransferProcess.PROVIDER_VERIFIES : TransferProcess.PARTNER_VERIFIES;
        Task task = openTask(transferId, step);
        tasks.requireRole(step, task, caller);
        if (task == null) {
            throw request.getStatus() == TransferStatus.Complete
                    ? new ApiException(HttpStatus.CONFLICT, "TransferVerificationNotOpen", null,
                            (provider ? "The provider" : "The partner") + " cannot verify transfer " + transferId
                                    + " now: " + (provider || request.getProviderVerifiedTime() != null
                                            ? "already verified." : "the provider has not verified it yet."))
                    : TransferConflict.wrongState(request, "Transfer " + transferId + " has not been transferred yet.");
        }
        completeAs(caller, task, Map.of(), transferId);
        return request; // the delegates changed this very instance
    }

    private TransferRequest review(String customerId, String transferId, Caller caller, Map<String, Object> answer) {
        TransferRequest request = requests.lock(customerId, transferId, caller);
        whoMayAct.require(caller, Action.REVIEW_TRANSFER, sideOf(request, caller));
        Task review = openTask(transferId, TransferProcess.REVIEW);
        tasks.requireRole(TransferProcess.REVIEW, review, caller); // the BPMN's roles, as in the Tasklist
        if (review == null) {
            throw TransferConflict.wrongState(request, "Transfer " + transferId + " has already been reviewed.");
        }
        completeAs(caller, review, answer, transferId);
        return request; // the delegates changed this very instance
    }

    /** Completes the task as the caller; if a concurrent request ended it first, the caller lost a race: 409. */
    private void completeAs(Caller caller, Task task, Map<String, Object> variables, String transferId) {
        try {
            engineUser.completeTask(caller, task.getId(), variables);
        } catch (NullValueException e) {
            if (taskService.createTaskQuery().taskId(task.getId()).count() == 0) {
                throw TransferConflict.processedByAnother("Another request acted on transfer " + transferId + " first.");
            }
            throw e;
        }
    }

    private Task openTask(String transferId, String taskDefinitionKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(transferId)
                .taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    private static Side sideOf(TransferRequest request, Caller caller) {
        return Side.of(caller.organisationId(), request.getSourcePartnerId(), request.getTargetPartnerId());
    }
}
