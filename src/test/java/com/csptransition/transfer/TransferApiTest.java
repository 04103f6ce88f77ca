package com.csptransition.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.identity.Role;
import com.csptransition.postgres.AlsoOnPostgres;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** Partner Center's transfer API, every status code it answers, on the demo data. */
@AlsoOnPostgres
class TransferApiTest extends TransferTestSupport {

    static final String TRANSFERS = "/v1/customers/{customerId}/transfers";

    @Autowired
    ManagementService management;

    @BeforeEach
    void moreUsers() {
        users.ensureUser("northwind-sales", PASSWORD, "Northwind sales agent", NORTHWIND, "Northwind", List.of(Role.SALES_AGENT));
        users.ensureUser("northwind-global", PASSWORD, "Northwind global admin", NORTHWIND, "Northwind", List.of(Role.GLOBAL_ADMIN));
        users.ensureUser("adatum-admin", PASSWORD, "Adatum admin agent", ADATUM, "Adatum", List.of(Role.ADMIN_AGENT));
    }


    @Test
    void aPartnerCenterBodyCreatesARequestWithItsAddOnsAndTheQuantitiesOfNow() throws Exception {
        // the body Partner Center's documentation shows, extra fields and all
        mvc.perform(post(TRANSFERS, TAILSPIN).with(as("contoso-admin")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"customerTenantId": "%s", "sourcePartnerTenantId": "%s", "targetPartnerTenantId": "%s",
                         "lineItems": [{"id": 0, "subscriptionId": "tailspin-o365-e3", "quantity": 1, "billingCycle": "Monthly",
                                        "offerId": "x", "partnerIdOnRecord": null}]}
                        """.formatted(TAILSPIN, CONTOSO, NORTHWIND)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/transfers/")))
                .andExpect(jsonPath("$.status").value("Active"))
                .andExpect(jsonPath("$.customerName").value("Tailspin Toys"))
                .andExpect(jsonPath("$.partnertenantid").value(CONTOSO))
                .andExpect(jsonPath("$.targetPartnerName").value("Northwind Distribution"))
                .andExpect(jsonPath("$.attributes.objectType").value("TransferEntity"))
                .andExpect(jsonPath("$.links.self.uri").value(containsString("/transfers/")))
                .andExpect(jsonPath("$.lineItems[0].subscriptionId").value("tailspin-o365-e3"))
                .andExpect(jsonPath("$.lineItems[0].quantity").value(25))
                .andExpect(jsonPath("$.lineItems[0].addonItems[0].subscriptionId").value("tailspin-o365-audio"));
    }

    @Test
    void theWholeLifecycleThroughRest() throws Exception {
        String id = createLitware("litware-intune");

        mvc.perform(post(TRANSFERS + "/{id}/accept", LITWARE, id).with(as("northwind-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orders").isArray())
                .andExpect(jsonPath("$.transferErrors").isArray());
        management.executeJob(management.createJobQuery().processInstanceId(processOf(id)).singleResult().getId());
        transfer("contoso-admin", id).andExpect(jsonPath("$.status").value("Complete"))
                .andExpect(jsonPath("$.openVerifications").value(hasItem("provider")))
                .andExpect(jsonPath("$.lineItems[0].transferredSubscriptionId").isNotEmpty())
                .andExpect(jsonPath("$.lineItems[0].sourceSubscriptionId").value("litware-intune"));

        // the partner cannot verify before the provider
        mvc.perform(post(TRANSFERS + "/{id}/verify", LITWARE, id).with(as("contoso-sales")))
                .andExpect(status().isConflict());
        mvc.perform(post(TRANSFERS + "/{id}/verify", LITWARE, id).with(as("northwind-admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.openVerifications[0]").value("partner"));
        mvc.perform(post(TRANSFERS + "/{id}/verify", LITWARE, id).with(as("contoso-sales")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.openVerifications").isEmpty());
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
    }

    @Test
    void rejectIsAPatchOfTheStatus() throws Exception {
        String id = createLitware("litware-intune");

        mvc.perform(patch(TRANSFERS + "/{id}", LITWARE, id).with(as("northwind-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"%s\", \"status\": \"reject\", \"rejectionReason\": \"not our region\"}".formatted(id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("Reject"))
                .andExpect(jsonPath("$.rejectionReason").value("not our region"))
                .andExpect(jsonPath("$.lastModifiedUser").value("northwind-admin"));
        mvc.perform(patch(TRANSFERS + "/{id}", LITWARE, id).with(as("northwind-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"accept\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("InvalidInput"));
    }

    @Test
    void withdrawKeepsTheRequestAsCanceledAndFreesItsSubscriptions() throws Exception {
        String id = createLitware("litware-intune");

        mvc.perform(delete(TRANSFERS + "/{id}", LITWARE, id).with(as("contoso-admin"))).andExpect(status().isNoContent());

        mvc.perform(get(TRANSFERS, LITWARE).param("status", "canceled").with(as("contoso-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalCount").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].status").value("Canceled"));
        createLitware("litware-intune"); // free again
    }

    @Test
    void acceptingAWithdrawnRequestIs409Completed() throws Exception {
        String id = createLitware("litware-intune");
        mvc.perform(delete(TRANSFERS + "/{id}", LITWARE, id).with(as("contoso-admin"))).andExpect(status().isNoContent());

        mvc.perform(post(TRANSFERS + "/{id}/accept", LITWARE, id).with(as("northwind-admin")))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("TransferNotAllowedIfStatusIsCompleted"))
                .andExpect(jsonPath("$.partnerCenterCode").value(900102));
    }

    @Test
    void withdrawingAnAcceptedRequestIs409InProgress() throws Exception {
        String id = createLitware("litware-intune");
        mvc.perform(post(TRANSFERS + "/{id}/accept", LITWARE, id).with(as("northwind-admin"))).andExpect(status().isOk());

        mvc.perform(delete(TRANSFERS + "/{id}", LITWARE, id).with(as("contoso-admin")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("TransferNotAllowedIfStatusIsInProgress"))
                .andExpect(jsonPath("$.partnerCenterCode").value(900101));
    }

    @Test
    void anIneligibleSubscriptionRefusesTheWholeRequestWithEveryReason() throws Exception {
        long before = transfers.count();
        mvc.perform(post(TRANSFERS, TAILSPIN).with(as("contoso-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(CONTOSO, NORTHWIND, "tailspin-o365-e3", "tailspin-azure-plan", "tailspin-dynamics")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("TransferNotEligible"))
                .andExpect(jsonPath("$.reasons[?(@.subscriptionId == 'tailspin-azure-plan')].code").value(hasItem("OFFER_NOT_TRANSFERABLE")))
                .andExpect(jsonPath("$.reasons[?(@.subscriptionId == 'tailspin-dynamics')].code").value(hasItem("SUBSCRIPTION_NOT_ACTIVE")))
                .andExpect(jsonPath("$.reasons[0].rule").isNotEmpty());
        assertThat(transfers.count()).isEqualTo(before);
    }

    @Test
    void aSubscriptionInAnActiveRequestCannotBeInASecond() throws Exception {
        createLitware("litware-intune");

        mvc.perform(post(TRANSFERS, LITWARE).with(as("contoso-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(CONTOSO, NORTHWIND, "litware-intune")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasons[0].code").value("SUBSCRIPTION_IN_ACTIVE_TRANSFER"));
    }

    @Test
    void badInputIs400() throws Exception {
        mvc.perform(post(TRANSFERS, LITWARE).with(as("contoso-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sourcePartnerTenantId\": \"%s\", \"lineItems\": []}".formatted(CONTOSO)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors").value(hasItem(containsString("targetPartnerTenantId"))))
                .andExpect(jsonPath("$.errors").value(hasItem(containsString("lineItems"))));
        mvc.perform(post(TRANSFERS, LITWARE).with(as("contoso-admin")).contentType(MediaType.APPLICATION_JSON).content("{oops"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.partnerCenterCode").value(800002));
        mvc.perform(post(TRANSFERS, TAILSPIN).with(as("contoso-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(CONTOSO, NORTHWIND, "tailspin-o365-audio", "no-such-subscription")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.subscriptionIds").value(hasItem("tailspin-o365-audio")))
                .andExpect(jsonPath("$.subscriptionIds").value(hasItem("no-such-subscription")));
        mvc.perform(get(TRANSFERS, LITWARE).param("status", "Sleeping").with(as("contoso-admin")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theWrongRoleOrSideIs403WithTheReason() throws Exception {
        mvc.perform(post(TRANSFERS, LITWARE).with(as("contoso-sales")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(CONTOSO, NORTHWIND, "litware-intune")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reasons[*].code").value(contains("ADMIN_AGENT_REQUIRED")))
                .andExpect(jsonPath("$.reasons[0].rule").value("Log in to Partner Center as an Admin Agent"));
        mvc.perform(post(TRANSFERS, LITWARE).with(as("contoso-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(FABRIKAM, NORTHWIND, "litware-intune")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reasons[*].code").value(contains("TRANSITIONING_PARTNER_REQUIRED")));
        String id = createLitware("litware-intune");
        mvc.perform(post(TRANSFERS + "/{id}/accept", LITWARE, id).with(as("contoso-admin")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reasons[*].code").value(contains("INDIRECT_PROVIDER_REQUIRED")))
                .andExpect(jsonPath("$.detail").value(containsString("indirect provider")));
        mvc.perform(post(TRANSFERS + "/{id}/accept", LITWARE, id).with(as("northwind-global")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("sales-agent")));
        mvc.perform(delete(TRANSFERS + "/{id}", LITWARE, id).with(as("northwind-admin")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reasons[*].code").value(contains("TRANSITIONING_PARTNER_REQUIRED")));
    }

    @Test
    void anotherProviderNeverSeesTheRequest() throws Exception {
        String id = createLitware("litware-intune");

        transfer("adatum-admin", id).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("TransferIdNotFound"))
                .andExpect(jsonPath("$.partnerCenterCode").value(900100));
        mvc.perform(post(TRANSFERS + "/{id}/accept", LITWARE, id).with(as("adatum-admin"))).andExpect(status().isNotFound());
        // another organisation's customer is not found, not an empty list
        mvc.perform(get(TRANSFERS, LITWARE).with(as("adatum-admin"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CustomerNotFound"));
        mvc.perform(get("/v1/tasks").with(as("adatum-admin"))).andExpect(jsonPath("$.length()").value(0));
        transfer("northwind-admin", id).andExpect(status().isOk());
        transfer("contoso-admin", "no-such-transfer").andExpect(status().isNotFound());
    }

    @Test
    void theTaskListApiDrivesTheSameTasks() throws Exception {
        String id = createLitware("litware-intune");

        String tasks = mvc.perform(get("/v1/tasks").with(as("northwind-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].taskDefinitionKey").value("reviewTransfer"))
                .andExpect(jsonPath("$[0].transferId").value(id))
                .andExpect(jsonPath("$[0].name").value("Review transfer request: Litware, from Contoso"))
                .andExpect(jsonPath("$[0].due").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        String taskId = JsonPath.read(tasks, "$[0].id");
        mvc.perform(get("/v1/tasks").with(as("contoso-admin"))).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/v1/tasks").with(as("northwind-global"))).andExpect(jsonPath("$.length()").value(0));

        mvc.perform(post("/v1/tasks/{id}/claim", taskId).with(as("northwind-sales")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assignee").value("northwind-sales"));
        mvc.perform(post("/v1/tasks/{id}/claim", taskId).with(as("northwind-admin")))
                .andExpect(status().isConflict());
        mvc.perform(post("/v1/tasks/{id}/complete", taskId).with(as("northwind-sales")).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/v1/tasks/{id}/complete", taskId).with(as("contoso-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"accept\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/v1/tasks/{id}/complete", taskId).with(as("northwind-sales")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"reject\", \"rejectionReason\": \"duplicate\"}"))
                .andExpect(status().isNoContent());

        transfer("contoso-admin", id).andExpect(jsonPath("$.status").value("Reject"))
                .andExpect(jsonPath("$.rejectionReason").value("duplicate"));
    }

    private String createLitware(String... subscriptionIds) throws Exception {
        String json = mvc.perform(post(TRANSFERS, LITWARE).with(as("contoso-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(CONTOSO, NORTHWIND, subscriptionIds)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.id");
    }

    private ResultActions transfer(String user, String id) throws Exception {
        return mvc.perform(get(TRANSFERS + "/{id}", LITWARE, id).with(as(user)));
    }

    private String processOf(String transferId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(transferId).singleResult().getId();
    }

    static String body(String source, String target, String... subscriptionIds) {
        StringBuilder lines = new StringBuilder();
        for (String id : subscriptionIds) {
            lines.append(lines.isEmpty() ? "" : ",").append("{\"subscriptionId\": \"").append(id).append("\"}");
        }
        return "{\"sourcePartnerTenantId\": \"%s\", \"targetPartnerTenantId\": \"%s\", \"lineItems\": [%s]}"
                .formatted(source, target, lines);
    }
}
