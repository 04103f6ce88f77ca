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

    /** The names a TransferEntity shows, in one query: every request names an existing customer and partners. */
    @Query("select c.name as customerName, s.name as sourcePartnerName, t.name as targetPartnerName"
            + " from Customer c, Partner s, Partner t"
            + " where c.id = :customerId and s.id = :sourcePartnerId and t.id = :targetPartnerId")
    Names findNames(String customerId, String sourcePartnerId, String targetPartnerId);

    interface Names {
        String getCustomerName();

        String getSourcePartnerName();

        String getTargetPartnerName();
    }

    @Query("select t from TransferRequest t where t.customerId = :customerId"
            + " and (t.sourcePartnerId = :organisation or t.targetPartnerId = :organisation) order by t.createdTime")
    List<TransferRequest> findVisible(String customerId, String organisation);
}
