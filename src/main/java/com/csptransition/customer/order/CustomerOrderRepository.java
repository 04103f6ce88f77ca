package com.csptransition.customer.order;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerOrderRepository extends JpaRepository<CustomerOrder, String> {

    List<CustomerOrder> findByCustomerIdAndPartnerIdOrderByCreationDateDesc(String customerId, String partnerId);

    Optional<CustomerOrder> findByIdAndCustomerIdAndPartnerId(String id, String customerId, String partnerId);
}
