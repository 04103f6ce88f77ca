package com.csptransition.transfer;

import com.csptransition.identity.Caller;
import com.csptransition.identity.EngineUser;
import com.csptransition.identity.Role;
import com.csptransition.processes.TaskRoles;
import com.csptransition.transfer.process.TransferProcess;
import com.csptransition.web.ApiException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The caller's open transfer tasks, for systems that do not use the Tasklist: list, claim, complete. */
@Service
public class TransferTasks {

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final TransferRequestRepository transfers;
    private final EngineUser engineUser;

    public TransferTasks(TaskService taskService, RepositoryService repositoryService,
            TransferRequestRepository transfers, EngineUser engineUser) {
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.transfers = transfers;
        this.engineUser = engineUser;
    }

    public record TaskView(String id, String name, String taskDefinitionKey, String transferId, String assignee,
            Instant created, List<String> roles) {
    }

    /** Tasks of the caller's organisation that one of its roles may complete. */
    @Transactional(readOnly = true)
    public List<TaskView> open(Caller caller) {
        String organisation = caller.requireOrganisation();
        return taskService.createTaskQuery().processDefinitionKey(TransferProcess.KEY)
                .taskCandidateGroup(organisation).includeAssignedTasks().orderByTaskCreateTime().asc().list().stream()
                .map(this::view).filter(t -> allowed(t, caller)).toList();
    }

    @Transactional
    public TaskView claim(String taskId, Caller caller) {
        TaskView task = visible(taskId, caller);
        try {
            engineUser.run(caller, () -> taskService.claim(taskId, caller.userId()));
        } catch (TaskAlreadyClaimedException e) {
            throw new ApiException(HttpStatus.CONFLICT, "TaskAlreadyClaimed", null, e.getMessage());
        }
        return view(taskService.createTaskQuery().taskId(task.id()).singleResult());
    }

    /** Completes the task as the caller; a review needs {"accepted": true|false, "rejectionReason": "…"}. */
    @Transactional
    public void complete(String taskId, Map<String, Object> body, Caller caller) {
        TaskView task = visible(taskId, caller);
        transfers.lock(task.transferId()); // as the transfer API does: one action on a request at a time
        if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
            throw TransferConflict.processedByAnother("Task " + taskId + " was completed by another request.");
        }
        Map<String, Object> variables = new HashMap<>();
        if (TransferProcess.REVIEW.equals(task.taskDefinitionKey())) {
            if (!(body.get(TransferProcess.ACCEPTED) instanceof Boolean accepted)) {
                throw ApiException.invalidInput("A review needs \"accepted\": true or false.");
            }
            variables.put(TransferProcess.ACCEPTED, accepted);
            variables.put(TransferProcess.REJECTION_REASON, body.get(TransferProcess.REJECTION_REASON));
        }
        try {
            engineUser.completeTask(caller, taskId, variables);
        } catch (NullValueException e) {
            throw TransferConflict.processedByAnother("Task " + taskId + " was completed by another request.");
        }
    }

    /** 403 unless the caller holds one of the roles the BPMN names for this task. */
    void requireRole(Task task, Caller caller) {
        TaskRoles.require(repositoryService, task, caller);
    }

    private TaskView visible(String taskId, Caller caller) {
        Task task = taskService.createTaskQuery().taskId(taskId).processDefinitionKey(TransferProcess.KEY)
                .taskCandidateGroup(caller.requireOrganisation()).includeAssignedTasks().singleResult();
        if (task == null) {
            throw ApiException.notFound("TaskNotFound", "No open task " + taskId + " for your organisation.");
        }
        requireRole(task, caller);
        return view(task);
    }

    private TaskView view(Task task) {
        return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                (String) taskService.getVariable(task.getId(), TransferProcess.TRANSFER_ID), task.getAssignee(),
                task.getCreateTime().toInstant(), roles(task));
    }

    private List<String> roles(Task task) {
        return TaskRoles.of(repositoryService, task);
    }

    private static boolean allowed(TaskView task, Caller caller) {
        return task.roles().isEmpty() || caller.roles().stream().map(Role::groupId).anyMatch(task.roles()::contains);
    }
}
