package com.csptransition.customer;

import com.csptransition.web.ApiException;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustomerRepository extends JpaRepository<Customer, String> {

    /** Just the name: loading a Customer loads its relationships and MCA acceptances too. */
    @Query("select c.name from Customer c where c.id = ?1")
    Optional<String> findNameById(String id);

    /** The customer, if the partner is one of its resellers of record: 404 otherwise, never another's customer. */
    default Customer servedBy(String customerTenantId, String partnerId) {
        return findById(customerTenantId).filter(c -> c.hasReseller(partnerId))
                .orElseThrow(() -> ApiException.notFound("CustomerNotFound",
                        "No customer with tenant id " + customerTenantId + " for your organisation."));
    }
}
