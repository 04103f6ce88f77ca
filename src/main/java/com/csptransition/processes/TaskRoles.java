package com.csptransition.processes;

import com.csptransition.identity.Caller;
import com.csptransition.identity.Role;
import com.csptransition.web.ApiException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** The roles a BPMN user task names in its "roles" property (role group ids, comma separated). */
public final class TaskRoles {

    private TaskRoles() {
    }

    // a deployed process definition never changes: its tasks' roles are read once
    private static final Map<String, List<String>> BY_DEFINITION_AND_TASK = new ConcurrentHashMap<>();

    /** The roles of an open task, read from its process definition's BPMN. */
    public static List<String> of(RepositoryService repositoryService, Task task) {
        return of(repositoryService, task.getProcessDefinitionId(), task.getTaskDefinitionKey());
    }

    /** The roles of a step of a process definition, whether or not a task of it is open now. */
    public static List<String> of(RepositoryService repositoryService, String processDefinitionId, String taskKey) {
        return BY_DEFINITION_AND_TASK.computeIfAbsent(processDefinitionId + "#" + taskKey,
                key -> of((BaseElement) repositoryService.getBpmnModelInstance(processDefinitionId).getModelElementById(taskKey)));
    }

    /** The roles of a task the engine is working on. */
    static List<String> of(DelegateTask task) {
        return BY_DEFINITION_AND_TASK.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
                key -> of(task.getBpmnModelElementInstance()));
    }

    /** 403 unless the caller holds one of the roles the BPMN names for this task (none named: any role). */
    public static void require(RepositoryService repositoryService, Task task, Caller caller) {
        require(of(repositoryService, task), task.getName(), caller);
    }

    /**
     * 403 unless the caller holds one of the roles the BPMN names for this step — the open task's, or with none open
     * the latest deployed process's — so a wrong role hears so before it hears the record's state.
     */
    public static void require(RepositoryService repositoryService, String processKey, String taskKey, Task open,
            Caller caller) {
        if (open != null) {
            require(repositoryService, open, caller);
            return;
        }
        String latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult().getId();
        require(of(repositoryService, latest, taskKey), taskKey, caller);
    }

    /** 403 unless the caller holds one of these roles of a step (none named: any role). */
    public static void require(List<String> roles, String step, Caller caller) {
        if (!roles.isEmpty() && caller.roles().stream().map(Role::groupId).noneMatch(roles::contains)) {
            throw ApiException.forbidden("Task '" + step + "' needs one of the roles " + roles + "; user "
                    + caller.userId() + " has " + caller.roles() + ".");
        }
    }

    public static List<String> of(BaseElement task) {
        if (task == null || task.getExtensionElements() == null) {
            return List.of();
        }
        return task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream()).filter(p -> "roles".equals(p.getCamundaName()))
                .map(CamundaProperty::getCamundaValue).flatMap(v -> Arrays.stream(v.split(",")).map(String::strip))
                .toList();
    }
}
