package com.csptransition.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.TasklistSession;
import com.csptransition.identity.Role;
import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Out of the box, a task-list user of any organisation — one imported after the service started included — finds
 * its organisation's tasks in the Tasklist, and only those; asked as the Tasklist asks (its session login and the
 * engine API it calls).
 */
class TasklistFiltersTest extends ApiTestSupport {

    static final String WINGTIP = "99999999-1111-4111-8111-999999999999";

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;

    @AfterEach
    void endPartnerships() {
        runtime.createProcessInstanceQuery().processDefinitionKey("partnershipInvitation").list()
                .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test reset", true, true));
    }

    @Test
    void anOrganisationImportedLaterFindsItsTasksAndOnlyItsTasks() throws Exception {
        // given a partner imported after the start, with a global admin, invited to partner by Adatum
        mvc.perform(post("/v1/admin/import").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
                {"partners": [{"id": "%s", "name": "Wingtip Toys", "mpnId": "9876543", "profileCurrent": true,
                               "trailingTwelveMonthRevenueUsd": 500000, "programs": ["DIRECT_BILL", "INDIRECT_RESELLER"]}]}
                """.formatted(WINGTIP))).andExpect(status().isOk());
        users.ensureUser("wingtip-global", PASSWORD, "Wingtip global admin", WINGTIP, "Wingtip Toys", List.of(Role.GLOBAL_ADMIN));
        users.ensureUser("adatum-admin", PASSWORD, "Adatum admin agent", ADATUM, "Adatum", List.of(Role.ADMIN_AGENT));
        users.ensureUser("contoso-global", PASSWORD, "Contoso global admin", CONTOSO, "Contoso", List.of(Role.GLOBAL_ADMIN));
        String wingtips = invite(WINGTIP);
        String contosos = invite(CONTOSO);

        // when its user opens the Tasklist
        TasklistSession wingtip = signIn("wingtip-global");
        HttpResponse<String> filters = wingtip.get("/camunda/api/engine/engine/default/filter?resourceType=Task");

        // then the filters are there, and its organisation's filter lists its task, not Contoso's
        assertThat(filters.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(filters.body(), "$[*].name"))
                .contains("My organisation's open tasks", "Assigned to me").doesNotContain("All open tasks");
        String organisation = JsonPath.<List<String>>read(filters.body(),
                "$[?(@.name == \"My organisation's open tasks\")].id").get(0);
        assertThat(tasks(wingtip, organisation)).containsExactly(taskOf(wingtips));
        assertThat(tasks(signIn("contoso-global"), organisation)).containsExactly(taskOf(contosos));
        // and an administrator, of no organisation, finds every open task in its own filter
        TasklistSession administrator = TasklistSession.signIn(port, "admin", "admin-secret");
        HttpResponse<String> itsFilters = administrator.get("/camunda/api/engine/engine/default/filter?resourceType=Task");
        String all = JsonPath.<List<String>>read(itsFilters.body(), "$[?(@.name == \"All open tasks\")].id").get(0);
        assertThat(tasks(administrator, all)).contains(taskOf(wingtips), taskOf(contosos));
        // and the task's diagram can be shown
        String definition = taskService.createTaskQuery().taskId(taskOf(wingtips)).singleResult().getProcessDefinitionId();
        assertThat(wingtip.get("/camunda/api/engine/engine/default/process-definition/" + definition + "/xml")
                .statusCode()).isEqualTo(200);
    }

    private String invite(String reseller) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/partnerships").with(as("adatum-admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"resellerTenantId\": \"%s\"}".formatted(reseller)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private String taskOf(String businessKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
    }

    /** The filter's tasks, as the Tasklist lists them. */
    private static List<String> tasks(TasklistSession session, String filter) throws Exception {
        HttpResponse<String> list = session.post("/camunda/api/engine/engine/default/filter/" + filter
                + "/list?firstResult=0&maxResults=15", "{}");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return JsonPath.read(list.body(), "$[*].id");
    }

    private TasklistSession signIn(String user) throws Exception {
        return TasklistSession.signIn(port, user, PASSWORD);
    }
}
