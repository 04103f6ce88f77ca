package com.csptransition.transfer;

import com.csptransition.identity.Caller;
import com.csptransition.identity.EngineUser;
import com.csptransition.identity.Role;
import com.csptransition.processes.TaskRoles;
import com.csptransition.transfer.process.TransferProcess;
import com.csptransition.web.ApiException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The caller's open transfer tasks, for systems that do not use the Tasklist: list, claim, unclaim, complete. */
@Service
public class TransferTasks {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final TransferRequestRepository transfers;
    private final EngineUser engineUser;

    public TransferTasks(TaskService taskService, RuntimeService runtimeService,
            RepositoryService repositoryService, TransferRequestRepository transfers, EngineUser engineUser) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.transfers = transfers;
        this.engineUser = engineUser;
    }

    /**
     * An open task: its name says whose customer and which partner or provider; due is when the review expires or a
     * verification escalates, followUp when a verification is reminded of.
     */
    public record TaskView(String id, String name, String taskDefinitionKey, String transferId, String assignee,
            Instant created, Instant due, Instant followUp, List<String> roles) {
    }

    /** Tasks of the caller's organisation that one of its roles may complete. */
    @Transactional(readOnly = true)
    public List<TaskView> open(Caller caller) {
        String organisation = caller.requireOrganisation();
        List<Task> open = taskService.createTaskQuery().processDefinitionKey(TransferProcess.KEY)
                .taskCandidateGroup(organisation).includeAssignedTasks().orderByTaskCreateTime().asc().list();
        Map<String, String> requests = requestsOf(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()));
        return open.stream().map(task -> view(task, requests.get(task.getProcessInstanceId())))
                .filter(t -> allowed(t, caller)).toList();
    }

    /** The caller takes the task: only for themselves (the engine's task guard says so at every door). */
    @Transactional
    public TaskView claim(String taskId, Caller caller) {
        TaskView task = visible(taskId, caller);
        try {
            engineUser.run(caller, () -> taskService.claim(taskId, caller.userId()));
        } catch (TaskAlreadyClaimedException e) {
            throw new ApiException(HttpStatus.CONFLICT, "TaskAlreadyClaimed", null, e.getMessage());
        }
        return view(taskService.createTaskQuery().taskId(task.id()).singleResult(), task.transferId());
    }

    /**
     * Gives the task back to the organisation, whoever of it holds it: a colleague who is away does not block it.
     * Partner users may not assign tasks in Camunda (its TASK_ASSIGN permission), so this is their way.
     */
    @Transactional
    public TaskView unclaim(String taskId, Caller caller) {
        TaskView task = visible(taskId, caller);
        engineUser.unclaimTask(caller, taskId);
        return view(taskService.createTaskQuery().taskId(task.id()).singleResult(), task.transferId());
    }

    /**
     * Completes the task as the caller with the fields of its form, e.g. a review's {"decision": "accept"} or
     * {"decision": "reject", "rejectionReason": "…"}; the engine refuses anything else.
     */
    @Transactional
    public void complete(String taskId, Map<String, Object> fields, Caller caller) {
        TaskView task = visible(taskId, caller);
        transfers.lock(task.transferId()); // as the transfer API does: one action on a request at a time
        if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
            throw TransferConflict.processedByAnother("Task " + taskId + " was completed by another request.");
        }
        try {
            engineUser.completeTask(caller, taskId, fields);
        } catch (NullValueException e) {
            throw TransferConflict.processedByAnother("Task " + taskId + " was completed by another request.");
        }
    }

    /** 403 unless the caller holds a role the BPMN names for this step, whether or not its task is open. */
    void requireRole(String taskKey, Task open, Caller caller) {
        TaskRoles.require(repositoryService, TransferProcess.KEY, taskKey, open, caller);
    }

    private TaskView visible(String taskId, Caller caller) {
        Task task = taskService.createTaskQuery().taskId(taskId).processDefinitionKey(TransferProcess.KEY)
                .taskCandidateGroup(caller.requireOrganisation()).includeAssignedTasks().singleResult();
        if (task == null) {
            throw ApiException.notFound("TaskNotFound", "No open task " + taskId + " for your organisation.");
        }
        TaskRoles.require(repositoryService, task, caller);
        return view(task, requestsOf(Set.of(task.getProcessInstanceId())).get(task.getProcessInstanceId()));
    }

    /** The request each process is about: its business key. */
    private Map<String, String> requestsOf(Set<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return runtimeService.createProcessInstanceQuery().processInstanceIds(processInstanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    private TaskView view(Task task, String transferId) {
        return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), transferId, task.getAssignee(),
                task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getFollowUpDate() == null ? null : task.getFollowUpDate().toInstant(),
                TaskRoles.of(repositoryService, task));
    }

    private static boolean allowed(TaskView task, Caller caller) {
        return task.roles().isEmpty() || caller.roles().stream().map(Role::groupId).anyMatch(task.roles()::contains);
    }
}
