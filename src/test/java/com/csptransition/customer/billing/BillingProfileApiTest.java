package com.csptransition.customer.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
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
import com.csptransition.identity.Role;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "A copy of the bill-to info you have for this customer will be made available to the indirect provider": the
 * relationship extension copies the partner's bill-to info to the provider, who reads it as Partner Center's "Get a
 * customer's billing profile" answers it. Coho Winery is Contoso's customer; Contoso holds its bill-to info.
 */
class BillingProfileApiTest extends ApiTestSupport {

    @Autowired
    CustomerRepository customers;
    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void salesAgent() {
        users.ensureUser("northwind-sales", PASSWORD, "Northwind sales agent", NORTHWIND, "Northwind", List.of(Role.SALES_AGENT));
        users.ensureUser("adatum-admin", PASSWORD, "Adatum admin agent", ADATUM, "Adatum", List.of(Role.ADMIN_AGENT));
    }

    @Test
    void thePartnerReadsTheBillToInfoItHoldsInPartnerCentersShape() throws Exception {
        billing("contoso-sales", COHO).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").isString())
                .andExpect(jsonPath("$.firstName").value("Dana"))
                .andExpect(jsonPath("$.lastName").value("Birkby"))
                .andExpect(jsonPath("$.email").value("accounts@cohowinery.example"))
                .andExpect(jsonPath("$.culture").value("en-US"))
                .andExpect(jsonPath("$.language").value("en"))
                .andExpect(jsonPath("$.companyName").value("Coho Winery"))
                .andExpect(jsonPath("$.defaultAddress.country").value("US"))
                .andExpect(jsonPath("$.defaultAddress.region").value("WA"))
                .andExpect(jsonPath("$.defaultAddress.city").value("Walla Walla"))
                .andExpect(jsonPath("$.defaultAddress.addressLine1").value("12 Vineyard Road"))
                .andExpect(jsonPath("$.defaultAddress.postalCode").value("99362"))
                .andExpect(jsonPath("$.defaultAddress.firstName").value("Dana"))
                .andExpect(jsonPath("$.defaultAddress.lastName").value("Birkby"))
                .andExpect(jsonPath("$.defaultAddress.phoneNumber").value("+1 509 555 0103"))
                .andExpect(jsonPath("$.attributes.objectType").value("CustomerBillingProfile"));
    }

    @Test
    void theExtensionGivesTheProviderACopyWhichTheCopiesLaterChangesDoNotReach() throws Exception {
        String partners = billing("contoso-admin", COHO).andReturn().getResponse().getContentAsString();
        extend(COHO).andExpect(status().isCreated()).andExpect(jsonPath("$.billToShared").value(true));

        String copy = billing("northwind-sales", COHO).andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("accounts@cohowinery.example"))
                .andExpect(jsonPath("$.defaultAddress.addressLine1").value("12 Vineyard Road"))
                .andExpect(jsonPath("$.attributes.objectType").value("CustomerBillingProfile"))
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(copy, "$.id")).as("the copy is a profile of its own")
                .isNotEqualTo(JsonPath.read(partners, "$.id"));

        // Contoso's bill-to info changes afterwards (as an import of Contoso's data would change it)
        tx.executeWithoutResult(status -> {
            Customer coho = customers.findById(COHO).orElseThrow();
            BillingProfile was = coho.billToOf(CONTOSO).orElseThrow();
            BillingProfile moved = new BillingProfile(was.firstName(), was.lastName(), "new-ap@cohowinery.example",
                    was.culture(), was.language(), was.companyName(), new BillingProfile.Address("US", "WA", null,
                    "Spokane", "1 River Road", "Suite 2", "99201", "Dana", "Birkby", null));
            coho.update(coho.getName(), coho.getAcquiredAs(), coho.getResellerRelationships().stream()
                    .map(r -> r.partnerId().equals(CONTOSO) ? new ResellerRelationship(CONTOSO, true, false, moved) : r)
                    .toList(), coho.getMcaAcceptances());
        });

        billing("contoso-admin", COHO).andExpect(jsonPath("$.email").value("new-ap@cohowinery.example"))
                .andExpect(jsonPath("$.defaultAddress.city").value("Spokane"));
        billing("northwind-sales", COHO).andExpect(jsonPath("$.email").value("accounts@cohowinery.example"))
                .andExpect(jsonPath("$.defaultAddress.city").value("Walla Walla"));
    }

    @Test
    void aProviderWithoutTheExtensionHasNoCopy() throws Exception {
        // Northwind resells Tailspin Toys, but no relationship extension shared Contoso's bill-to info with it
        billing("northwind-admin", TAILSPIN).andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("BillingProfileNotFound"))
                .andExpect(jsonPath("$.detail").value(not(org.hamcrest.Matchers.containsString("Tailspin Toys"))));
        // ... and Coho Winery is no customer of Northwind's before the extension
        billing("northwind-admin", COHO).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CustomerNotFound"));
    }

    @Test
    void anotherOrganisationReadsNoBillToInfo() throws Exception {
        extend(COHO).andExpect(status().isCreated());

        for (String user : List.of("fabrikam-admin", "adatum-admin")) {
            billing(user, COHO).andExpect(status().isNotFound())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("CustomerNotFound"))
                    .andExpect(content().string(not(org.hamcrest.Matchers.containsString("cohowinery"))));
        }
        billing("fabrikam-admin", PROSEWARE).andExpect(status().isOk()); // its own customer, its own bill-to info
        mvc.perform(get("/v1/customers/{id}/profiles/billing", COHO).with(admin())).andExpect(status().isForbidden());
        mvc.perform(get("/v1/customers/{id}/profiles/billing", COHO)).andExpect(status().isUnauthorized());
    }

    @Test
    void changingOnePartnersBillToInfoLeavesTheOtherRelationshipsAlone() {
        // Litware: Contoso and Northwind, both with delegated admin privileges; a relationship row is the partner's
        tx.executeWithoutResult(status -> {
            Customer litware = customers.findById(LITWARE).orElseThrow();
            BillingProfile was = litware.billToOf(CONTOSO).orElseThrow();
            litware.update(litware.getName(), litware.getAcquiredAs(), litware.getResellerRelationships().stream()
                    .map(r -> r.partnerId().equals(CONTOSO) ? new ResellerRelationship(CONTOSO, true, false,
                            new BillingProfile(was.firstName(), was.lastName(), "ap@litware.example", was.culture(),
                                    was.language(), was.companyName(), was.defaultAddress())) : r)
                    .toList(), litware.getMcaAcceptances());
        });

        Customer litware = customers.findById(LITWARE).orElseThrow();
        assertThat(litware.getResellerRelationships()).extracting(ResellerRelationship::partnerId)
                .containsExactlyInAnyOrder(CONTOSO, NORTHWIND);
        assertThat(litware.billToOf(CONTOSO).orElseThrow().email()).isEqualTo("ap@litware.example");
    }

    private ResultActions billing(String user, String customer) throws Exception {
        return mvc.perform(get("/v1/customers/{id}/profiles/billing", customer).with(as(user)));
    }

    private ResultActions extend(String customer) throws Exception {
        return mvc.perform(post("/v1/customers/{id}/indirect-providers", customer).with(as("contoso-admin"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"indirectProviderTenantId\": \"%s\", \"customerConsent\": true}".formatted(NORTHWIND)));
    }
}
