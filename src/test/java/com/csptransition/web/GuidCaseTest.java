package com.csptransition.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.customer.CustomerRepository;
import com.csptransition.customer.SubscriptionRepository;
import com.csptransition.partner.PartnerRepository;
import com.csptransition.transfer.TransferFixtures;
import com.csptransition.transfer.TransferRequestRepository;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * GUIDs in any case: Partner Center's documentation writes tenant ids in upper case, and its clients send them so.
 * The path, the query, a JSON body and the import take them as the stored lower-case GUID; answers use that form.
 */
class GuidCaseTest extends ApiTestSupport {

    static final String UPPER_CONTOSO = CONTOSO.toUpperCase(Locale.ROOT);
    static final String UPPER_NORTHWIND = NORTHWIND.toUpperCase(Locale.ROOT);
    static final String UPPER_LITWARE = LITWARE.toUpperCase(Locale.ROOT);

    @Autowired
    RuntimeService runtime;
    @Autowired
    TransferRequestRepository transfers;
    @Autowired
    PartnerRepository partners;
    @Autowired
    CustomerRepository customers;
    @Autowired
    SubscriptionRepository subscriptions;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void endRequests() {
        TransferFixtures.reset(runtime, transfers, subscriptions, tx);
    }

    /** Issue 16's request: upper case in the path, sourcePartnerTenantId and targetPartnerTenantId (was 403). */
    @Test
    void aTransferRequestWithUpperCaseGuidsIsCreatedAndAnsweredInTheStoredForm() throws Exception {
        mvc.perform(post("/v1/customers/" + UPPER_LITWARE + "/transfers").with(as("contoso-admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"sourcePartnerTenantId": "%s", "targetPartnerTenantId": "%s",
                                 "lineItems": [{"subscriptionId": "litware-intune"}]}""".formatted(UPPER_CONTOSO,
                                UPPER_NORTHWIND)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/v1/customers/" + LITWARE + "/")))
                .andExpect(jsonPath("$.customerTenantId").value(LITWARE))
                .andExpect(jsonPath("$.sourcePartnerTenantId").value(CONTOSO))
                .andExpect(jsonPath("$.targetPartnerTenantId").value(NORTHWIND));

        assertThat(transfers.findAll()).singleElement().satisfies(r -> {
            assertThat(r.getCustomerId()).isEqualTo(LITWARE);
            assertThat(r.getTargetPartnerId()).isEqualTo(NORTHWIND);
        });
        // the provider finds it under either spelling too
        mvc.perform(get("/v1/customers/" + UPPER_LITWARE + "/transfers").with(as("northwind-admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalCount").value(1));
    }

    @Test
    void theQueryAndThePathMatchInAnyCase() throws Exception {
        String lower = mvc.perform(get("/v1/customers/" + LITWARE + "/transferseligibility").with(as("contoso-admin"))
                        .param("transferType", "directtoindirect").param("targetPartnerTenantId", NORTHWIND))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        mvc.perform(get("/v1/customers/" + UPPER_LITWARE + "/transferseligibility").with(as("contoso-admin"))
                        .param("transferType", "directtoindirect").param("targetPartnerTenantId", UPPER_NORTHWIND))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().json(lower, true));
        mvc.perform(get("/v1/customers/" + UPPER_LITWARE + "/subscriptions").with(as("contoso-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.links.self.uri").value("/v1/customers/" + LITWARE + "/subscriptions"));
    }

    /** Through Tomcat, not only MockMvc: the raw request line carries the upper-case GUID. */
    @Test
    void theRealServerTakesUpperCaseGuidsToo() {
        ResponseEntity<String> answer = client("contoso-admin", PASSWORD).get()
                .uri("/v1/customers/" + UPPER_LITWARE + "/subscriptions/litware-intune").retrieve()
                .toEntity(String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody()).contains("\"/v1/customers/" + LITWARE + "/subscriptions/litware-intune\"");
    }

    @Test
    void anImportStoresGuidsInLowerCase() throws Exception {
        String partner = "9A9A9A9A-0000-4000-8000-0000000000AB";
        String customer = "9B9B9B9B-0000-4000-8000-0000000000AB";
        String subscription = "9C9C9C9C-0000-4000-8000-0000000000AB";
        mvc.perform(post("/v1/admin/import").with(admin()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"partners": [{"id": "%1$s", "name": "Upper", "profileCurrent": true,
                                       "trailingTwelveMonthRevenueUsd": 0, "programs": ["DIRECT_BILL"]}],
                         "customers": [{"id": "%2$s", "name": "Upper customer", "acquiredAs": "DIRECT_BILL",
                                        "resellerRelationships": [{"partnerId": "%1$s"}]}],
                         "subscriptions": [{"id": "%3$s", "customerId": "%2$s", "partnerId": "%1$s",
                                            "offerId": "796B6B5F-613C-4E24-A17C-EBA730D49C02", "offerKind": "LICENSE_BASED",
                                            "quantity": 1, "status": "ACTIVE"}]}""".formatted(partner, customer,
                        subscription)))
                .andExpect(status().isOk());

        try {
            assertStoredInLowerCase(partner, customer, subscription);
        } finally {
            // other tests count the demo's partners
            tx.executeWithoutResult(s -> {
                subscriptions.deleteById(subscription.toLowerCase(Locale.ROOT));
                customers.deleteById(customer.toLowerCase(Locale.ROOT));
                partners.deleteById(partner.toLowerCase(Locale.ROOT));
            });
        }
    }

    private void assertStoredInLowerCase(String partner, String customer, String subscription) {
        assertThat(partners.existsById(partner.toLowerCase(Locale.ROOT))).isTrue();
        assertThat(customers.findById(customer.toLowerCase(Locale.ROOT))).get()
                .satisfies(c -> assertThat(c.hasReseller(partner.toLowerCase(Locale.ROOT))).isTrue());
        assertThat(subscriptions.findById(subscription.toLowerCase(Locale.ROOT))).get().satisfies(s -> {
            assertThat(s.getCustomerId()).isEqualTo(customer.toLowerCase(Locale.ROOT));
            assertThat(s.getPartnerId()).isEqualTo(partner.toLowerCase(Locale.ROOT));
            // an offer id is the catalog's, kept as written
            assertThat(s.getOfferId()).isEqualTo("796B6B5F-613C-4E24-A17C-EBA730D49C02");
        });
        assertThat(partners.existsById(partner)).isFalse();
    }
}
