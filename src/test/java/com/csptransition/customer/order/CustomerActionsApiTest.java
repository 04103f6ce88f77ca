package com.csptransition.customer.order;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.customer.CustomerFixtures;
import com.csptransition.identity.Role;
import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

/**
 * "Managing your direct bill customers and your indirect reseller customers", "Acquire new customers as indirect
 * reseller" and the restricted direct bill capabilities: every action endpoint asks the capability rules first.
 * Contoso (USD 450K, direct bill + indirect reseller), Fabrikam (USD 120K: restricted), Northwind (provider).
 */
class CustomerActionsApiTest extends ApiTestSupport {

    static final String ALPINE = "ffffffff-0000-4000-8000-00000000000f";
    static final String ORDER = """
            {"referenceCustomerId": "%s", "billingCycle": "monthly",
             "lineItems": [{"lineItemNumber": 0, "offerId": "%s", "quantity": 5, "friendlyName": "%s"%s}]}""";
    static final String LICENSE_BASED = ", \"offerKind\": \"LICENSE_BASED\"";
    /** Every new customer signs the Microsoft Customer Agreement: the creating partner attests its acceptance. */
    static final String AGREEMENT = """
            "agreement": {"primaryContact": {"firstName": "Ana", "lastName": "Lopez", "email": "ana@customer.example"},
                          "dateAgreed": "2026-01-05T00:00:00Z", "templateId": "117a77b0-9360-443b-8795-c6dedc750cf9",
                          "type": "MicrosoftCustomerAgreement"}""";

    @Autowired
    JdbcTemplate jdbc;
    final List<String> createdSubscriptions = new ArrayList<>();
    final List<String> createdCustomers = new ArrayList<>();

    @BeforeEach
    void salesAgents() {
        users.ensureUser("northwind-sales", PASSWORD, "Northwind sales agent", NORTHWIND, "Northwind", List.of(Role.SALES_AGENT));
    }

    @AfterEach
    void forgetWhatTheTestsCreated() {
        CustomerFixtures.forget(jdbc, createdSubscriptions, createdCustomers);
    }

    @Test
    void aDirectBillPartnerOrdersForItsDirectBillCustomer() throws Exception {
        String placed = order("contoso-admin", TAILSPIN, "O365-E5", "Office 365 E5", LICENSE_BASED).andExpect(status().isCreated())
                .andExpect(jsonPath("$.attributes.objectType").value("Order"))
                .andExpect(jsonPath("$.lineItems[0].quantity").value(5)).andReturn().getResponse().getContentAsString();

        // ... and manages its order history
        mvc.perform(get("/v1/customers/{id}/orders", TAILSPIN).with(as("contoso-sales"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalCount").value(1))
                .andExpect(jsonPath("$.items[0].lineItems[0].subscriptionId").value((String) JsonPath.read(placed, "$.lineItems[0].subscriptionId")));
        mvc.perform(get((String) JsonPath.read(placed, "$.links.self.uri")).with(as("contoso-admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value((String) JsonPath.read(placed, "$.id")));
        mvc.perform(get("/v1/customers/{id}/orders/{o}", TAILSPIN, "no-such-order").with(as("contoso-admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/v1/customers/{id}/orders", TAILSPIN).with(as("fabrikam-admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/decisions").param("subject", TAILSPIN).with(as("contoso-admin")))
                .andExpect(jsonPath("$[0].kind").value("CUSTOMER_CAPABILITIES"))
                .andExpect(jsonPath("$[0].outcome").value("ALLOWED"));
    }

    @Test
    void forAnIndirectResellerCustomerTheProviderOrdersNotTheReseller() throws Exception {
        order("contoso-admin", ALPINE, "O365-E5", "Office 365 E5", LICENSE_BASED).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("CapabilityNotAllowed"))
                .andExpect(jsonPath("$.reasons[0].code").value("INDIRECT_RESELLER_CUSTOMER"));
        order("northwind-sales", ALPINE, "O365-E5", "Office 365 E5", LICENSE_BASED).andExpect(status().isCreated());
        mvc.perform(get("/v1/customers/{id}/orders", ALPINE).with(as("contoso-admin")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasons[0].code").value("INDIRECT_RESELLER_CUSTOMER"));
        mvc.perform(get("/v1/customers/{id}/orders", ALPINE).with(as("northwind-admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalCount").value(1));
    }

    @Test
    void aRestrictedDirectBillPartnerMakesNoNewPurchasesButKeepsManagingExistingSubscriptions() throws Exception {
        order("fabrikam-admin", PROSEWARE, "O365-E5", "Office 365 E5", LICENSE_BASED).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasons[*].code").value(hasItem("DIRECT_BILL_RESTRICTED")));
        order("fabrikam-admin", PROSEWARE, "AUDIO-CONF", "Audio Conferencing", ", \"parentSubscriptionId\": \"proseware-o365-e3\"" + LICENSE_BASED)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasons[*].rule").value(hasItem(org.hamcrest.Matchers.startsWith("A restricted direct bill partner"))));
        order("fabrikam-admin", PROSEWARE, "VISIO-2021", "Visio 2021", ", \"offerKind\": \"SOFTWARE\"")
                .andExpect(status().isUnprocessableEntity());
        order("fabrikam-admin", PROSEWARE, "RESERVED-VM", "Reserved VM", ", \"offerKind\": \"AZURE_RESERVED_INSTANCE\"")
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/v1/customers").with(as("fabrikam-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"companyProfile\": {\"companyName\": \"New Co\"}, %s}".formatted(AGREEMENT)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasons[0].code").value("DIRECT_BILL_RESTRICTED"));
        mvc.perform(get("/v1/customers/relationshiprequests").with(as("fabrikam-admin")))
                .andExpect(status().isUnprocessableEntity());

        // existing subscriptions can change license counts and be suspended
        changeSubscription("fabrikam-admin", "{\"quantity\": 12}").andExpect(status().isOk())
                .andExpect(jsonPath("$.quantity").value(12)).andExpect(jsonPath("$.status").value("active"));
        changeSubscription("fabrikam-admin", "{\"status\": \"suspended\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("suspended"));
        changeSubscription("fabrikam-admin", "{\"quantity\": 3}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("SubscriptionNotActive"));
    }

    @Test
    void subscriptionChangesAreForTheSubscriptionsPartnerOnly() throws Exception {
        changeSubscription("contoso-admin", "{\"quantity\": 12}").andExpect(status().isNotFound());
        changeSubscription("fabrikam-admin", "{\"quantity\": 0}").andExpect(status().isBadRequest());
        changeSubscription("fabrikam-admin", "{\"status\": \"deleted\"}").andExpect(status().isBadRequest());
        changeSubscription("fabrikam-admin", "{\"quantity\": ").andExpect(status().isBadRequest());
    }

    @Test
    void ordersNeedAnAgentOfAResellerOfRecordAndValidLines() throws Exception {
        order("fabrikam-admin", TAILSPIN, "O365-E5", "Office 365 E5", LICENSE_BASED).andExpect(status().isNotFound());
        order("nobody", TAILSPIN, "O365-E5", "Office 365 E5", LICENSE_BASED).andExpect(status().isForbidden());
        mvc.perform(post("/v1/customers/{id}/orders", TAILSPIN).with(as("contoso-admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"lineItems\": []}")).andExpect(status().isBadRequest());
        order("contoso-admin", TAILSPIN, "AUDIO", "Audio", ", \"parentSubscriptionId\": \"proseware-o365-e3\"" + LICENSE_BASED)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("InvalidInput"));
    }

    @Test
    void anOrderLineWithoutItsOfferKindIsRefusedNamingTheFieldAndNothingIsCreated() throws Exception {
        Integer before = jdbc.queryForObject("select count(*) from subscription", Integer.class);

        // no default: a guessed kind could make an unknown purchase transferable
        order("contoso-admin", TAILSPIN, "O365-E5", "Office 365 E5", "").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("InvalidInput"))
                .andExpect(jsonPath("$.errors").value(hasItem(
                        "lineItems[0].offerKind: must not be null: say which kind of purchase the offer is; there is no"
                                + " offer catalog here to look it up in")));

        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select count(*) from subscription", Integer.class))
                .isEqualTo(before);
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select count(*) from customer_order", Integer.class))
                .isZero();
    }

    @Test
    void anAzurePaygLineCreatesAnAzureSubscriptionWithItsAzureSubscriptionId() throws Exception {
        String azure = JsonPath.read(order("contoso-admin", TAILSPIN, "MS-AZR-0145P", "Microsoft Azure",
                ", \"offerKind\": \"AZURE_PAYG\"").andExpect(status().isCreated())
                .andExpect(jsonPath("$.lineItems[0].offerKind").value("AZURE_PAYG"))
                .andReturn().getResponse().getContentAsString(), "$.lineItems[0].subscriptionId");
        String office = JsonPath.read(order("contoso-admin", TAILSPIN, "O365-E5", "Office 365 E5", LICENSE_BASED)
                .andReturn().getResponse().getContentAsString(), "$.lineItems[0].subscriptionId");

        mvc.perform(get("/v1/customers/{c}/subscriptions/{s}", TAILSPIN, azure).with(as("contoso-admin")))
                .andExpect(jsonPath("$.offerKind").value("AZURE_PAYG"))
                .andExpect(jsonPath("$.azureSubscriptionId").isNotEmpty());
        mvc.perform(get("/v1/customers/{c}/subscriptions/{s}", TAILSPIN, office).with(as("contoso-admin")))
                .andExpect(jsonPath("$.offerKind").value("LICENSE_BASED"))
                .andExpect(jsonPath("$.azureSubscriptionId").doesNotExist());
    }

    @Test
    void theProviderCreatesTheTenantAndNamesTheIndirectReseller() throws Exception {
        String created = mvc.perform(post("/v1/customers").with(as("northwind-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"companyProfile": {"domain": "fourthcoffee.onmicrosoft.com", "companyName": "Fourth Coffee"},
                                 "billingProfile": {"email": "ap@fourthcoffee.example", "culture": "en-US"},
                                 "associatedPartnerId": "%s", %s}""".formatted(CONTOSO, AGREEMENT)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.acquiredAs").value("INDIRECT_RESELLER"))
                .andExpect(jsonPath("$.associatedPartnerId").value(CONTOSO))
                .andExpect(jsonPath("$.billingProfile.email").value("ap@fourthcoffee.example"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        createdCustomers.add(id);

        // the customer appears in the reseller's customer list, as an indirect reseller customer with its provider
        mvc.perform(get("/v1/customers/{id}", id).with(as("contoso-admin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.acquiredAs").value("INDIRECT_RESELLER"))
                .andExpect(jsonPath("$.indirectProviderTenantIds").value(containsInAnyOrder(NORTHWIND)));
    }

    @Test
    void anIndirectResellerCannotCreateATenantNorNameAReseller() throws Exception {
        mvc.perform(post("/v1/customers").with(as("contoso-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"companyProfile\": {\"companyName\": \"New Co\"}, \"associatedPartnerId\": \"%s\", %s}".formatted(CONTOSO, AGREEMENT)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasons[0].code").value("INDIRECT_RESELLER_CANNOT_CREATE_TENANTS"));
        mvc.perform(post("/v1/customers").with(as("northwind-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"companyProfile\": {\"companyName\": \"New Co\"}, \"associatedPartnerId\": \"%s\", %s}".formatted(FABRIKAM, AGREEMENT)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.reasons[0].code").value("NAMED_RESELLER_NOT_PARTNERED"));
        mvc.perform(post("/v1/customers").with(as("northwind-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"companyProfile\": {\"companyName\": \"New Co\"}, \"associatedPartnerId\": \"nobody\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/v1/customers").with(as("contoso-sales")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"companyProfile\": {\"companyName\": \"New Co\"}}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/v1/customers").with(as("contoso-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"companyProfile\": {}}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aTransitioningPartnerStillCreatesItsDirectBillCustomersAndSendsRelationshipRequests() throws Exception {
        String created = mvc.perform(post("/v1/customers").with(as("contoso-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"companyProfile\": {\"companyName\": \"Graphic Design Institute\"}, %s}".formatted(AGREEMENT)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.acquiredAs").value("DIRECT_BILL"))
                .andReturn().getResponse().getContentAsString();
        createdCustomers.add(JsonPath.read(created, "$.id"));
        mvc.perform(get("/v1/customers/relationshiprequests").with(as("contoso-admin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.url").value(org.hamcrest.Matchers.containsString(CONTOSO)));
    }

    private ResultActions order(String user, String customer, String offerId, String name, String extra) throws Exception {
        ResultActions result = mvc.perform(post("/v1/customers/{id}/orders", customer).with(as(user))
                .contentType(MediaType.APPLICATION_JSON).content(ORDER.formatted(customer, offerId, name, extra)));
        String body = result.andReturn().getResponse().getContentAsString();
        if (result.andReturn().getResponse().getStatus() == 201) {
            List<String> ids = JsonPath.read(body, "$.lineItems[*].subscriptionId");
            createdSubscriptions.addAll(ids);
        }
        return result;
    }

    private ResultActions changeSubscription(String user, String body) throws Exception {
        return mvc.perform(patch("/v1/customers/{c}/subscriptions/{s}", PROSEWARE, "proseware-o365-e3").with(as(user))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
