package com.csptransition.processes;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) of every user task, so the Tasklist and our REST API enforce the same thing: the
 * user belongs to the task's organisation and holds one of the roles the BPMN names in the task's "roles" property.
 */
@Component("taskGuard")
public class TaskGuard implements TaskListener {

    private final IdentityService identityService;

    public TaskGuard(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        Authentication user = identityService.getCurrentAuthentication();
        if (user == null) {
            return; // the engine itself, not a user
        }
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        Set<String> organisations = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
        // no candidates: a concurrent request just ended the task, and the engine's optimistic locking refuses this one
        if (!organisations.isEmpty() && groups.stream().noneMatch(organisations::contains)) {
            throw new TaskRefused("User " + user.getUserId() + " does not belong to the organisation of task '"
                    + task.getName() + "'.");
        }
        List<String> roles = TaskRoles.of(task.getBpmnModelElementInstance());
        if (!roles.isEmpty() && groups.stream().noneMatch(roles::contains)) {
            throw new TaskRefused("Task '" + task.getName() + "' needs one of the roles " + roles + "; user "
                    + user.getUserId() + " has none of them.");
        }
    }
}
