package com.csptransition.customer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubscriptionRepository extends JpaRepository<Subscription, String> {

    List<Subscription> findByCustomerIdAndPartnerIdOrderById(String customerId, String partnerId);

    boolean existsByCustomerIdAndPartnerId(String customerId, String partnerId);
}
