package com.csptransition.customer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubscriptionRepository extends JpaRepository<Subscription, String> {

    /** The subscriptions a partner sees for a customer: transferred Azure subscriptions are no longer listed. */
    List<Subscription> findByCustomerIdAndPartnerIdAndStatusNotOrderById(String customerId, String partnerId,
            SubscriptionStatus status);

    default List<Subscription> listed(String customerId, String partnerId) {
        return findByCustomerIdAndPartnerIdAndStatusNotOrderById(customerId, partnerId, SubscriptionStatus.TRANSFERRED);
    }

    boolean existsByCustomerIdAndPartnerId(String customerId, String partnerId);
}
