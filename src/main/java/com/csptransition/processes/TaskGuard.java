package com.csptransition.processes;

import com.csptransition.identity.Caller;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Who may hold and complete a user task, at every door (our REST API, /engine-rest, the Tasklist): a member of the
 * organisation the BPMN's candidateGroups expression names now — evaluated again against the domain, not read from
 * the task's links, which an administrator can edit — holding one of the roles the task's "roles" property names.
 * Users claim a task for themselves; only an administrator gives it to someone else, and only to such a member.
 * Added to every user task by {@link GuardedUserTasks}, so no BPMN can leave it out.
 */
@Component
public class TaskGuard implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Authentication user = Context.getCommandContext().getAuthentication();
        if (user == null) {
            return; // the engine or the service itself, which checked the caller before
        }
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        boolean administrator = groups.contains(Caller.ADMIN_GROUP);
        String assignee = task.getAssignee();
        if (!EVENTNAME_ASSIGNMENT.equals(task.getEventName()) || user.getUserId().equals(assignee)) {
            require(task, user.getUserId(), groups); // completes, or claims for themselves
        } else if (assignee == null) {
            if (!administrator) {
                require(task, user.getUserId(), groups); // gives it back to the organisation
            }
        } else if (!administrator) {
            throw new TaskRefused("User " + user.getUserId() + " may claim task '" + task.getName()
                    + "' for themselves only; an administrator assigns it to someone else.");
        } else {
            require(task, assignee, groupsOf(assignee));
        }
    }

    private static void require(DelegateTask task, String userId, List<String> groups) {
        List<String> organisations = candidateGroups((TaskEntity) task);
        if (!organisations.isEmpty() && groups.stream().noneMatch(organisations::contains)) {
            throw new TaskRefused("User " + userId + " does not belong to the organisation that works on task '"
                    + task.getName() + "'.");
        }
        List<String> roles = TaskRoles.of(task);
        if (!roles.isEmpty() && groups.stream().noneMatch(roles::contains)) {
            throw new TaskRefused("Task '" + task.getName() + "' needs one of the roles " + roles + "; user " + userId
                    + " has none of them.");
        }
    }

    /** What the BPMN's candidateGroups expressions give now, as the engine reads them when it creates the task. */
    private static List<String> candidateGroups(TaskEntity task) {
        List<String> groups = new ArrayList<>();
        for (Expression expression : task.getTaskDefinition().getCandidateGroupIdExpressions()) {
            Object value = expression.getValue(task.getExecution());
            if (value instanceof Collection<?> values) {
                values.forEach(v -> groups.add(v.toString().strip()));
            } else if (value != null) {
                for (String group : value.toString().split(",")) {
                    groups.add(group.strip());
                }
            }
        }
        return groups;
    }

    private static List<String> groupsOf(String userId) {
        IdentityService identityService = Context.getProcessEngineConfiguration().getIdentityService();
        return Context.getCommandContext().runWithoutAuthorization(() -> identityService.createGroupQuery()
                .groupMember(userId).list().stream().map(Group::getId).toList());
    }
}
