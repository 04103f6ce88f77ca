package com.csptransition.processes;

import com.csptransition.identity.Caller;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * What a task-list user needs in the Tasklist out of the box, whatever organisation it belongs to, one added later
 * included: the filters "My organisation's open tasks" and "Assigned to me", whose queries name the user and its
 * groups by expression (so one filter serves every organisation, and shows each only the tasks Camunda lets it
 * read); for administrators "All open tasks"; the Tasklist itself; and the process diagrams (definitions only, no
 * instances). Made at start, once.
 */
@Component
class TasklistFilters implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

    /** What a list entry shows beside the task's name: the task-local variables the task views set. */
    private static final List<Map<String, String>> LIST_VARIABLES = List.of(
            Map.of("name", "customerName", "label", "Customer"),
            Map.of("name", "partnerName", "label", "Partner"),
            Map.of("name", "providerName", "label", "Indirect provider"));

    private final FilterService filters;
    private final AuthorizationService authorizations;

    TasklistFilters(FilterService filters, AuthorizationService authorizations) {
        this.filters = filters;
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        TaskQuery organisation = filters.newTaskFilter().<TaskQuery>getQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks().orderByDueDate().asc()
                .orderByTaskCreateTime().asc();
        everyone(Resources.FILTER, ensureFilter("My organisation's open tasks",
                "Tasks of your organisation, claimed or not; the first due first.", -10, organisation).getId(),
                Permissions.READ);
        everyone(Resources.FILTER, ensureFilter("Assigned to me", "Tasks you claimed.", 0,
                filters.newTaskFilter().<TaskQuery>getQuery().taskAssigneeExpression("${currentUser()}")
                        .orderByDueDate().asc()).getId(), Permissions.READ);
        Filter all = ensureFilter("All open tasks", "Every organisation's open tasks: for administrators.", 10,
                filters.newTaskFilter().<TaskQuery>getQuery().orderByDueDate().asc().orderByTaskCreateTime().asc());
        administrators(all.getId());
        everyone(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        everyone(Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ); // the diagram tab
    }

    private Filter ensureFilter(String name, String description, int priority, TaskQuery query) {
        Filter filter = filters.createTaskFilterQuery().filterName(name).list().stream()
                .filter(f -> f.getOwner() == null).findFirst().orElse(null);
        if (filter == null) {
            filter = filters.saveFilter(filters.newTaskFilter(name).setQuery(query).setProperties(Map.of(
                    "description", description, "priority", priority, "refresh", true,
                    "variables", LIST_VARIABLES)));
            log.info("Tasklist filter '{}' created", name);
        }
        return filter;
    }

    private void administrators(String filterId) {
        if (authorizations.createAuthorizationQuery().groupIdIn(Caller.ADMIN_GROUP).resourceType(Resources.FILTER)
                .resourceId(filterId).count() == 0) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(Caller.ADMIN_GROUP);
            grant.setResource(Resources.FILTER);
            grant.setResourceId(filterId);
            grant.addPermission(Permissions.READ);
            authorizations.saveAuthorization(grant);
        }
    }

    private void everyone(Resource resource, String resourceId, Permissions permission) {
        if (authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(resourceId).hasPermission(permission).count() > 0) {
            return;
        }
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        grant.setUserId(Authorization.ANY);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        grant.addPermission(permission);
        authorizations.saveAuthorization(grant);
    }
}
