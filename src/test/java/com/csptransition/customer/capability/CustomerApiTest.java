package com.csptransition.customer.capability;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import org.junit.jupiter.api.Test;

/** "To identify customers that you acquired as a direct bill partner": the customer view and its capabilities. */
class CustomerApiTest extends ApiTestSupport {

    static final String ALPINE = "ffffffff-0000-4000-8000-00000000000f";

    @Test
    void aDirectBillCustomerOffersProductsAndOrders() throws Exception {
        mvc.perform(get("/v1/customers/{id}", TAILSPIN).with(as("contoso-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.companyProfile.companyName").value("Tailspin Toys"))
                .andExpect(jsonPath("$.acquiredAs").value("DIRECT_BILL"))
                .andExpect(jsonPath("$.indirectProviderTenantIds").value(hasItem(NORTHWIND)))
                .andExpect(jsonPath("$.capabilities[?(@.capability == 'CREATE_ORDERS')].allowed").value(hasItem(true)));
    }

    @Test
    void anIndirectResellerCustomerHasNoOrderingOptions() throws Exception {
        mvc.perform(get("/v1/customers/{id}", ALPINE).with(as("contoso-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acquiredAs").value("INDIRECT_RESELLER"))
                .andExpect(jsonPath("$.capabilities[?(@.capability == 'CREATE_ORDERS')].allowed").value(hasItem(false)))
                .andExpect(jsonPath("$.capabilities[?(@.capability == 'CREATE_ORDERS')].reasons[0].code")
                        .value(hasItem("INDIRECT_RESELLER_CUSTOMER")))
                .andExpect(jsonPath("$.capabilities[?(@.capability == 'MANAGE_LICENSES_AND_USERS')].allowed").value(hasItem(true)));
    }

    @Test
    void aPartnerBelowTheRevenueRequirementIsRestricted() throws Exception {
        mvc.perform(get("/v1/customers/{id}", PROSEWARE).with(as("fabrikam-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.capabilities[?(@.capability == 'CREATE_ORDERS')].reasons[0].code")
                        .value(hasItem("DIRECT_BILL_RESTRICTED")))
                .andExpect(jsonPath("$.capabilities[?(@.capability == 'CHANGE_LICENSE_COUNTS')].allowed").value(hasItem(true)))
                .andExpect(jsonPath("$.capabilities[?(@.capability == 'HANDLE_RENEWALS')].allowed").value(hasItem(true)));
    }

    @Test
    void anotherPartnersCustomerIs404() throws Exception {
        mvc.perform(get("/v1/customers/{id}", PROSEWARE).with(as("contoso-admin")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CustomerNotFound"));
    }
}
