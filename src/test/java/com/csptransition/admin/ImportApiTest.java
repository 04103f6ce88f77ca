package com.csptransition.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.customer.BillingProfile;
import com.csptransition.customer.Customer;
import com.csptransition.customer.CustomerRepository;
import com.csptransition.customer.ResellerRelationship;
import com.csptransition.customer.SubscriptionRepository;
import com.csptransition.enrollment.Enrollments;
import com.csptransition.partner.PartnerRepository;
import com.csptransition.partner.Program;
import com.csptransition.postgres.AlsoOnPostgres;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

@AlsoOnPostgres
class ImportApiTest extends ApiTestSupport {

    @Autowired
    PartnerRepository partners;
    @Autowired
    CustomerRepository customers;
    @Autowired
    SubscriptionRepository subscriptions;

    @Test
    void importingTheSameBundleTwiceChangesNothing() throws Exception {
        long before = subscriptions.count();

        importBundle(demoBundle()).andExpect(status().isOk())
                .andExpect(jsonPath("$.partners").value(4))
                .andExpect(jsonPath("$.subscriptions").value(14))
                .andExpect(jsonPath("$.kept").isEmpty());

        assertThat(subscriptions.count()).isEqualTo(before);
        assertThat(partners.count()).isEqualTo(4);
    }

    @Test
    void aBundleUpdatesRecordsMatchedById() throws Exception {
        importBundle(demoBundle().replace("\"quantity\": 40", "\"quantity\": 41")).andExpect(status().isOk());

        assertThat(subscriptions.findById("wideworld-o365-e5")).get().extracting(s -> s.getQuantity()).isEqualTo(41);
    }

    @Test
    void reImportingACustomerKeepsWhatTheApiRecordedForIt() throws Exception {
        // Contoso moves Coho Winery to Northwind (the bill-to copy goes along), Northwind attests the MCA
        extendCohoToNorthwind();
        attestCohoAsNorthwind();

        // the operator loads the demo bundle again: it names Coho with Contoso only and no acceptance
        importBundle(demoBundle()).andExpect(status().isOk()).andExpect(jsonPath("$.kept").isEmpty());

        assertThat(customers.findById(COHO).orElseThrow().getResellerRelationships())
                .contains(new ResellerRelationship(NORTHWIND, false, true, cohoBillTo()));
        mvc.perform(get("/v1/customers/{id}/profiles/billing", COHO).with(as("northwind-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("accounts@cohowinery.example"));
        mvc.perform(get("/v1/customers/{id}/agreements", COHO).with(as("northwind-admin")))
                .andExpect(jsonPath("$.items[0].primaryContact.email").value("ana@cohowinery.example"))
                .andExpect(jsonPath("$.items[0].templateId").value("117a77b0-9360-443b-8795-c6dedc750cf9"));
        mvc.perform(get("/v1/customers/{id}/agreements/status", COHO).param("indirectProviderTenantId", NORTHWIND)
                        .with(as("northwind-admin")))
                .andExpect(jsonPath("$.actionRequired").value(false));
    }

    @Test
    void aBundleCannotTakeAwayWhatTheApiRecordedAndSaysWhatItKept() throws Exception {
        extendCohoToNorthwind();
        attestCohoAsNorthwind();

        // a bundle that withdraws Contoso's delegated admin privileges, gives Northwind other bill-to info and
        // dates Northwind's attestation
        importBundle("""
                {"customers": [{"id": "%s", "name": "Coho Winery", "acquiredAs": "DIRECT_BILL",
                  "resellerRelationships": [{"partnerId": "%s", "delegatedAdminPrivileges": false},
                    {"partnerId": "%s", "billingProfile": {"firstName": "Eve", "lastName": "Mallory",
                                                           "email": "eve@attacker.example"}}],
                  "mcaAcceptances": [{"method": "PARTNER_ATTESTATION", "partnerId": "%s", "dateAgreed": "2025-06-01"}]}]}
                """.formatted(COHO, CONTOSO, NORTHWIND, NORTHWIND))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kept").value(hasItem("customer " + COHO + ", reseller " + CONTOSO
                        + ": keeps its delegated admin privileges (the bundle says none)")))
                .andExpect(jsonPath("$.kept").value(hasItem("customer " + COHO + ", reseller " + NORTHWIND
                        + ": keeps the bill-to copy the partner shared when it extended its reseller relationship (the"
                        + " bundle's billingProfile is not applied)")));

        Customer coho = customers.findById(COHO).orElseThrow();
        assertThat(coho.getResellerRelationships()).containsExactlyInAnyOrder(
                new ResellerRelationship(CONTOSO, true, false, cohoBillTo()),
                new ResellerRelationship(NORTHWIND, false, true, cohoBillTo()));
        // the acceptance it names takes its date and keeps the attestation's template and contact
        assertThat(coho.getMcaAcceptances()).singleElement().satisfies(a -> {
            assertThat(a.dateAgreed()).isEqualTo(LocalDate.of(2025, 6, 1));
            assertThat(a.templateId()).isEqualTo("117a77b0-9360-443b-8795-c6dedc750cf9");
            assertThat(a.contactEmail()).isEqualTo("ana@cohowinery.example");
        });
    }

    @Test
    void aBundleAddsTheRelationshipsItNamesAndUpdatesTheBillToInfoItCarries() throws Exception {
        importBundle(demoBundle().replace("accounts@cohowinery.example", "ap@cohowinery.example"))
                .andExpect(status().isOk());
        assertThat(customers.findById(COHO).orElseThrow().billToOf(CONTOSO)).get()
                .extracting(BillingProfile::email).isEqualTo("ap@cohowinery.example");

        // one that carries none keeps it; one that names a new reseller adds it
        importBundle("""
                {"customers": [{"id": "%s", "name": "Coho Winery", "acquiredAs": "DIRECT_BILL",
                  "resellerRelationships": [{"partnerId": "%s", "delegatedAdminPrivileges": true}, {"partnerId": "%s"}]}]}
                """.formatted(COHO, CONTOSO, NORTHWIND)).andExpect(status().isOk()).andExpect(jsonPath("$.kept").isEmpty());
        Customer coho = customers.findById(COHO).orElseThrow();
        assertThat(coho.billToOf(CONTOSO)).get().extracting(BillingProfile::email).isEqualTo("ap@cohowinery.example");
        assertThat(coho.getResellerRelationships()).contains(new ResellerRelationship(NORTHWIND, false));
    }

    @Test
    void aCustomerNamesEachResellerAndEachAcceptanceOnce() throws Exception {
        importBundle("""
                {"customers": [{"id": "%1$s", "name": "Coho Winery", "acquiredAs": "DIRECT_BILL",
                  "resellerRelationships": [{"partnerId": "%2$s", "delegatedAdminPrivileges": true}, {"partnerId": "%2$s"}],
                  "mcaAcceptances": [{"method": "M365_ADMIN_CENTER", "partnerId": "%2$s", "dateAgreed": "2020-01-01"},
                                     {"method": "M365_ADMIN_CENTER", "partnerId": "%2$s", "dateAgreed": "2021-01-01"}]}]}
                """.formatted(COHO, CONTOSO))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors").value(hasItem("customer " + COHO + ": reseller " + CONTOSO
                        + " appears more than once")))
                .andExpect(jsonPath("$.errors").value(hasItem("customer " + COHO + ": MCA acceptance M365_ADMIN_CENTER"
                        + " through " + CONTOSO + " appears more than once")));
    }

    @Test
    void malformedJsonIsRefusedAsProblemJsonAndChangesNothing() throws Exception {
        importBundle("{\"partners\": [ {\"id\": \"new-partner\", ")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("InvalidInput"))
                .andExpect(jsonPath("$.partnerCenterCode").value(800002))
                .andExpect(jsonPath("$.detail").value(containsString("Malformed JSON")));

        assertThat(partners.existsById("new-partner")).isFalse();
    }

    @Test
    void anUnknownOfferKindIsRefusedWithTheKindsThatExistAndNothingIsImported() throws Exception {
        importBundle("""
                {"partners": [{"id": "new-partner", "name": "New", "profileCurrent": true,
                               "trailingTwelveMonthRevenueUsd": 1, "programs": ["DIRECT_BILL"]}],
                 "subscriptions": [{"id": "s-new", "customerId": "%s", "partnerId": "new-partner", "offerId": "x",
                                    "offerKind": "CRYPTO_MINING", "quantity": 1, "status": "ACTIVE"}]}
                """.formatted(TAILSPIN))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("'CRYPTO_MINING'")))
                .andExpect(jsonPath("$.detail").value(containsString("subscriptions[0].offerKind")))
                .andExpect(jsonPath("$.detail").value(containsString("AZURE_PAYG")));

        assertThat(partners.existsById("new-partner")).isFalse();
    }

    @Test
    void aSubscriptionWithoutItsOfferKindIsRefusedNamingTheField() throws Exception {
        importBundle("""
                {"subscriptions": [{"id": "s-new", "customerId": "%s", "partnerId": "%s", "offerId": "O365-E3",
                                    "quantity": 1, "status": "ACTIVE"}]}
                """.formatted(TAILSPIN, CONTOSO))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("InvalidInput"))
                .andExpect(jsonPath("$.errors").value(hasItem("subscriptions[0].offerKind: must not be null: say which"
                        + " kind of purchase the offer is; there is no offer catalog here to look it up in")));

        assertThat(subscriptions.existsById("s-new")).isFalse();
    }

    @Test
    void anAzureSubscriptionNeedsItsAzureSubscriptionId() throws Exception {
        importBundle("""
                {"subscriptions": [{"id": "s-new", "customerId": "%s", "partnerId": "%s", "offerId": "MS-AZR-0145P",
                                    "offerKind": "AZURE_PAYG", "quantity": 1, "status": "ACTIVE"}]}
                """.formatted(TAILSPIN, CONTOSO))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors").value(hasItem(
                        "subscription s-new: an Azure subscription (AZURE_PAYG) needs its azureSubscriptionId")));

        assertThat(subscriptions.existsById("s-new")).isFalse();
    }

    @Test
    void aBundleCannotRollAnEnrollmentBackTheEnrollmentRulesSay() throws Exception {
        importBundle("""
                {"partners": [{"id": "%s", "name": "Contoso", "mpnId": "1234567", "profileCurrent": true,
                               "trailingTwelveMonthRevenueUsd": 450000, "programs": ["DIRECT_BILL"]}]}
                """.formatted(CONTOSO))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors").value(hasItem("partner " + CONTOSO + ": Once you enroll as an indirect"
                        + " reseller there is no option to roll back to a direct bill-only tenant: Contoso keeps both programs.")));

        assertThat(partners.findById(CONTOSO)).get().extracting(p -> p.getPrograms())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.iterable(Program.class))
                .contains(Program.INDIRECT_RESELLER);
        mvc.perform(get("/api/decisions").param("subject", CONTOSO).with(admin()))
                .andExpect(jsonPath("$[0].kind").value(Enrollments.ROLLBACK_DECISION))
                .andExpect(jsonPath("$[0].outcome").value("REFUSED"))
                .andExpect(jsonPath("$[0].reasons[?(@.code == 'ENROLLMENT_CANNOT_BE_ROLLED_BACK')].rule")
                        .value(hasItem(containsString("no option to roll back"))));
    }

    @Test
    void unknownReferencesRefuseTheWholeBundle() throws Exception {
        importBundle("""
                {"partners": [{"id": "new-partner", "name": "New", "profileCurrent": true,
                               "trailingTwelveMonthRevenueUsd": 1, "programs": ["DIRECT_BILL"]}],
                 "customers": [{"id": "new-customer", "name": "New customer", "acquiredAs": "DIRECT_BILL",
                                "resellerRelationships": [{"partnerId": "ghost-partner"}]}],
                 "subscriptions": [{"id": "s-new", "customerId": "ghost-customer", "partnerId": "new-partner",
                                    "offerId": "x", "offerKind": "LICENSE_BASED", "quantity": 1, "status": "ACTIVE",
                                    "baseSubscriptionId": "ghost-base"}]}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("InvalidInput"))
                .andExpect(jsonPath("$.errors").value(hasItem("customer new-customer: unknown reseller ghost-partner")))
                .andExpect(jsonPath("$.errors").value(hasItem("subscription s-new: unknown customer ghost-customer")))
                .andExpect(jsonPath("$.errors").value(hasItem("subscription s-new: unknown base subscription ghost-base")));

        assertThat(partners.existsById("new-partner")).isFalse();
        assertThat(customers.existsById("new-customer")).isFalse();
    }

    @Test
    void missingRequiredFieldsAreNamed() throws Exception {
        importBundle("""
                {"partners": [{"id": "", "trailingTwelveMonthRevenueUsd": -5, "programs": []}]}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors").value(hasItem(containsString("partners[0].name"))))
                .andExpect(jsonPath("$.errors").value(hasItem(containsString("partners[0].trailingTwelveMonthRevenueUsd"))));
    }

    @Test
    void onlyAdministratorsImport() throws Exception {
        mvc.perform(post("/v1/admin/import").with(as("contoso-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(demoBundle()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/v1/admin/import").contentType(MediaType.APPLICATION_JSON).content(demoBundle()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private void extendCohoToNorthwind() throws Exception {
        mvc.perform(post("/v1/customers/{id}/indirect-providers", COHO).with(as("contoso-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"indirectProviderTenantId\": \"%s\", \"customerConsent\": true}".formatted(NORTHWIND)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.billToShared").value(true));
    }

    private void attestCohoAsNorthwind() throws Exception {
        mvc.perform(post("/v1/customers/{id}/agreements", COHO).with(as("northwind-admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"primaryContact": {"firstName": "Ana", "lastName": "Lopez", "email": "ana@cohowinery.example"},
                                 "dateAgreed": "2026-01-05T00:00:00Z", "templateId": "117a77b0-9360-443b-8795-c6dedc750cf9",
                                 "type": "MicrosoftCustomerAgreement"}"""))
                .andExpect(status().isCreated());
    }

    /** Contoso's bill-to info for Coho Winery, as the demo bundle has it. */
    private static BillingProfile cohoBillTo() {
        return new BillingProfile("Dana", "Birkby", "accounts@cohowinery.example", "en-US", "en", "Coho Winery",
                new BillingProfile.Address("US", "WA", null, "Walla Walla", "12 Vineyard Road", null, "99362", "Dana",
                        "Birkby", "+1 509 555 0103"));
    }

    private ResultActions importBundle(String json) throws Exception {
        return mvc.perform(post("/v1/admin/import").with(admin()).contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
