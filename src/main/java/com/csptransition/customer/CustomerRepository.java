package com.csptransition.customer;

import com.csptransition.web.ApiException;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerRepository extends JpaRepository<Customer, String> {

    /** The customer, if the partner is one of its resellers of record: 404 otherwise, never another's customer. */
    default Customer servedBy(String customerTenantId, String partnerId) {
        return findById(customerTenantId).filter(c -> c.hasReseller(partnerId))
                .orElseThrow(() -> ApiException.notFound("CustomerNotFound",
                        "No customer with tenant id " + customerTenantId + " for your organisation."));
    }
}
