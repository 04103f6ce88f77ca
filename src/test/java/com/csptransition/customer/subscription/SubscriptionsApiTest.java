package com.csptransition.customer.subscription;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.customer.SubscriptionRepository;
import com.csptransition.identity.Role;
import com.csptransition.transfer.TransferFixtures;
import com.csptransition.transfer.TransferRequestRepository;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * GET /v1/customers/{id}/subscriptions and …/{subscriptionId} in Partner Center's shape: what each side checks when it
 * verifies a transfer ("Verify that the subscription(s) no longer appear as active").
 */
class SubscriptionsApiTest extends ApiTestSupport {

    static final String LITWARE_AZURE_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TransferRequestRepository transfers;
    @Autowired
    SubscriptionRepository subscriptions;
    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void northwindSalesAgent() {
        users.ensureUser("northwind-sales", PASSWORD, "Northwind sales agent", NORTHWIND, "Northwind",
                List.of(Role.SALES_AGENT));
    }

    /** No request, process or provider's copy is left; the next test's import makes the sources active again. */
    @AfterEach
    void undoTransfers() {
        TransferFixtures.reset(runtime, transfers, subscriptions, tx);
    }

    @Test
    void listsThePartnersSubscriptionsInPartnerCentersCollectionAddOnsWithTheirBase() throws Exception {
        list("contoso-sales", TAILSPIN).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalCount").value(8))
                .andExpect(jsonPath("$.attributes.objectType").value("Collection"))
                .andExpect(jsonPath("$.links.self.uri").value("/v1/customers/" + TAILSPIN + "/subscriptions"))
                .andExpect(jsonPath("$.items[*].id").value(contains("tailspin-azure-payg", "tailspin-azure-plan",
                        "tailspin-dynamics", "tailspin-o365-e3", "tailspin-o365-audio", "tailspin-reserved-vm",
                        "tailspin-saas", "tailspin-teams-annual")))
                // the add-on right after its base, naming it
                .andExpect(jsonPath("$.items[4].parentSubscriptionId").value("tailspin-o365-e3"))
                .andExpect(jsonPath("$.items[4].links.parentSubscription.uri")
                        .value("/v1/customers/" + TAILSPIN + "/subscriptions/tailspin-o365-e3"))
                .andExpect(jsonPath("$.items[3].parentSubscriptionId").doesNotExist())
                // Partner Center's fields
                .andExpect(jsonPath("$.items[3].offerId").value("796B6B5F-613C-4E24-A17C-EBA730D49C02"))
                .andExpect(jsonPath("$.items[3].offerName").value("Office 365 E3"))
                .andExpect(jsonPath("$.items[3].friendlyName").value("Office 365 E3"))
                .andExpect(jsonPath("$.items[3].quantity").value(25))
                .andExpect(jsonPath("$.items[3].status").value("active"))
                .andExpect(jsonPath("$.items[3].billingCycle").value("monthly"))
                .andExpect(jsonPath("$.items[3].attributes.objectType").value("Subscription"))
                .andExpect(jsonPath("$.items[2].status").value("suspended"))
                // ours beside them
                .andExpect(jsonPath("$.items[3].offerKind").value("LICENSE_BASED"))
                .andExpect(jsonPath("$.items[3].partnerId").value(CONTOSO));
    }

    @Test
    void readsOneSubscriptionWithTheAzureSubscriptionId() throws Exception {
        subscription("contoso-admin", TAILSPIN, "tailspin-azure-payg").andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("tailspin-azure-payg"))
                .andExpect(jsonPath("$.offerId").value("MS-AZR-0145P"))
                .andExpect(jsonPath("$.offerKind").value("AZURE_PAYG"))
                .andExpect(jsonPath("$.entitlementId").value("5f1c8a1e-7b0e-4a2c-9d1b-0a6c2f3e4d5a"))
                .andExpect(jsonPath("$.azureSubscriptionId").value("5f1c8a1e-7b0e-4a2c-9d1b-0a6c2f3e4d5a"))
                .andExpect(jsonPath("$.links.self.uri")
                        .value("/v1/customers/" + TAILSPIN + "/subscriptions/tailspin-azure-payg"))
                .andExpect(jsonPath("$.warnings").doesNotExist());
    }

    @Test
    void aPartnerSeesOnlyItsOwnSubscriptionsOfACustomerItServes() throws Exception {
        // Northwind serves Tailspin Toys but holds none of its subscriptions yet
        list("northwind-admin", TAILSPIN).andExpect(status().isOk()).andExpect(jsonPath("$.totalCount").value(0));
        subscription("northwind-admin", TAILSPIN, "tailspin-o365-e3").andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("SubscriptionNotFound"));
    }

    @Test
    void aCustomerNotServedIs404WithoutLeakingIt() throws Exception {
        list("fabrikam-admin", TAILSPIN).andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("CustomerNotFound"))
                .andExpect(jsonPath("$.detail").value(not(containsString("Tailspin"))));
        subscription("fabrikam-admin", TAILSPIN, "tailspin-o365-e3").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CustomerNotFound"));
        list("contoso-admin", "00000000-0000-4000-8000-000000000000").andExpect(status().isNotFound());
        subscription("contoso-admin", TAILSPIN, "no-such-subscription").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("SubscriptionNotFound"));
        // a subscription of another customer, through one the caller serves
        subscription("contoso-admin", TAILSPIN, "litware-intune").andExpect(status().isNotFound());
    }

    @Test
    void aUserOfNoOrganisationIsForbidden() throws Exception {
        list("nobody", TAILSPIN).andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /** The guide's "Verify transfer request is complete", both sides, through this API. */
    @Test
    void afterATransferEachSideSeesWhatTheGuideSaysItShouldVerify() throws Exception {
        transfer(LITWARE, "litware-intune", "litware-azure-payg");

        // the transitioning partner: the license-based subscription suspended, the Azure one no longer listed
        list("contoso-sales", LITWARE).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalCount").value(1))
                .andExpect(jsonPath("$.items[0].id").value("litware-intune"))
                .andExpect(jsonPath("$.items[0].status").value("suspended"));
        subscription("contoso-sales", LITWARE, "litware-azure-payg").andExpect(status().isNotFound());

        // the provider: its copies, with new ids; the Azure one keeps its Azure subscription id
        list("northwind-sales", LITWARE).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalCount").value(2))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem("litware-intune"))))
                .andExpect(jsonPath("$.items[*].partnerId").value(contains(NORTHWIND, NORTHWIND)))
                .andExpect(jsonPath("$.items[*].status").value(contains("active", "active")))
                .andExpect(jsonPath("$.items[?(@.offerKind == 'AZURE_PAYG')].azureSubscriptionId")
                        .value(contains(LITWARE_AZURE_ID)))
                .andExpect(jsonPath("$.items[?(@.offerKind == 'LICENSE_BASED')].quantity").value(contains(60)));
    }

    @Test
    void theProvidersCopyOfAnAddOnIsListedWithTheCopyOfItsBase() throws Exception {
        transfer(TAILSPIN, "tailspin-o365-e3");

        String answer = list("northwind-admin", TAILSPIN).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalCount").value(2))
                .andExpect(jsonPath("$.items[0].offerName").value("Office 365 E3"))
                .andExpect(jsonPath("$.items[1].offerName").value("Audio Conferencing"))
                .andReturn().getResponse().getContentAsString();
        String baseCopy = JsonPath.read(answer, "$.items[0].id");
        String addOnCopy = JsonPath.read(answer, "$.items[1].id");
        subscription("northwind-admin", TAILSPIN, addOnCopy).andExpect(status().isOk())
                .andExpect(jsonPath("$.parentSubscriptionId").value(baseCopy));
        list("contoso-admin", TAILSPIN).andExpect(jsonPath("$.items[?(@.id == 'tailspin-o365-audio')].status")
                .value(contains("suspended")));
    }

    /** Creates a request, the provider accepts it, and the transfer job runs. */
    private void transfer(String customer, String... subscriptionIds) throws Exception {
        StringBuilder lines = new StringBuilder();
        for (String id : subscriptionIds) {
            lines.append(lines.isEmpty() ? "" : ", ").append("{\"subscriptionId\": \"").append(id).append("\"}");
        }
        String created = mvc.perform(post("/v1/customers/{c}/transfers", customer).with(as("contoso-admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"sourcePartnerTenantId\": \"" + CONTOSO
                                + "\", \"targetPartnerTenantId\": \"" + NORTHWIND + "\", \"lineItems\": [" + lines + "]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(post("/v1/customers/{c}/transfers/{t}/accept", customer, id).with(as("northwind-admin")))
                .andExpect(status().isOk());
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        management.createJobQuery().processInstanceId(process).list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    private ResultActions list(String user, String customer) throws Exception {
        return mvc.perform(get("/v1/customers/{c}/subscriptions", customer).with(as(user)));
    }

    private ResultActions subscription(String user, String customer, String subscription) throws Exception {
        return mvc.perform(get("/v1/customers/{c}/subscriptions/{s}", customer, subscription).with(as(user)));
    }
}
