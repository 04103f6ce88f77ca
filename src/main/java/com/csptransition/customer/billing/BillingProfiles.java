package com.csptransition.customer.billing;

import com.csptransition.customer.Customer;
import com.csptransition.customer.CustomerRepository;
import com.csptransition.identity.Caller;
import com.csptransition.web.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bill-to info the caller's organisation holds for a customer: a partner reads its own, an indirect provider the
 * copy made when the partner extended its reseller relationship. Nobody reads another organisation's.
 */
@Service
public class BillingProfiles {

    private final CustomerRepository customers;

    public BillingProfiles(CustomerRepository customers) {
        this.customers = customers;
    }

    @Transactional(readOnly = true)
    public CustomerBillingProfile of(String customerTenantId, Caller caller) {
        String organisation = caller.requireOrganisation();
        Customer customer = customers.servedBy(customerTenantId, organisation);
        return customer.billToOf(organisation).map(p -> CustomerBillingProfile.of(customer.getId(), organisation, p))
                .orElseThrow(() -> ApiException.notFound("BillingProfileNotFound", "Your organisation holds no bill-to"
                        + " info for customer " + customerTenantId + ": an indirect provider receives a copy when the"
                        + " partner extends its reseller relationship to it."));
    }
}
