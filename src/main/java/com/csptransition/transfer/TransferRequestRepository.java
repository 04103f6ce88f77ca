package com.csptransition.transfer;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface TransferRequestRepository extends JpaRepository<TransferRequest, String> {

    @Query("select l.activeSubscriptionId from TransferLine l where l.activeSubscriptionId in :subscriptionIds")
    Set<String> findSubscriptionsInActiveTransfer(Collection<String> subscriptionIds);

    /** Locks the request until the transaction ends: actions on one request run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from TransferRequest t where t.id = :id")
    Optional<TransferRequest> lock(String id);

    List<TransferRequest> findByCustomerIdOrderByCreatedTime(String customerId);

    @Query("select t from TransferRequest t where t.customerId = :customerId"
            + " and (t.sourcePartnerId = :organisation or t.targetPartnerId = :organisation) order by t.createdTime")
    List<TransferRequest> findVisible(String customerId, String organisation);
}
