package com.csptransition.transfer;

import java.util.Collection;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TransferRequestRepository extends JpaRepository<TransferRequest, String> {

    @Query("select l.activeSubscriptionId from TransferLine l where l.activeSubscriptionId in :subscriptionIds")
    Set<String> findSubscriptionsInActiveTransfer(Collection<String> subscriptionIds);
}
