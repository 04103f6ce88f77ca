package com.csptransition.board;

import com.csptransition.customer.Customer;
import com.csptransition.customer.Subscription;
import com.csptransition.customer.SubscriptionStatus;
import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.eligibility.ActiveTransferLine;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The board's reads, a fixed number of queries for any number of customers (one per kind of fact, not one per
 * customer): the customers with their element collections, the partner's subscriptions, the active lines holding
 * them, the partner's requests with their lines.
 */
interface BoardQueries extends Repository<Customer, String> {

    /** The customers the partner is a reseller of record of, or holds subscriptions of, by name. */
    @Query("select distinct c from Customer c left join fetch c.resellerRelationships left join fetch c.mcaAcceptances"
            + " where c.id in (select c2.id from Customer c2 join c2.resellerRelationships r"
            + " where r.partnerId = :partnerId) or c.id in (select s.customerId from Subscription s"
            + " where s.partnerId = :partnerId) order by c.name, c.id")
    List<Customer> customersOf(String partnerId);

    /** As SubscriptionRepository.listed, for every customer of the partner at once. */
    @Query("select s from Subscription s where s.partnerId = :partnerId and s.status <> :hidden order by s.id")
    List<Subscription> subscriptionsOf(String partnerId, SubscriptionStatus hidden);

    @Query("select s from Subscription s where s.partnerId = :partnerId and s.customerId in :customerIds"
            + " and s.status <> :hidden order by s.id")
    List<Subscription> subscriptionsOf(String partnerId, Collection<String> customerIds, SubscriptionStatus hidden);

    /** As ActiveTransferLines.holding, for every subscription of the partner at once. */
    @Query("select new com.csptransition.transfer.eligibility.ActiveTransferLine(l.activeSubscriptionId, t.id,"
            + " t.targetPartnerName, l.quantity) from TransferLine l join l.transfer t where l.activeSubscriptionId in"
            + " (select s.id from Subscription s where s.partnerId = :partnerId)")
    List<ActiveTransferLine> holdingOf(String partnerId);

    @Query("select new com.csptransition.transfer.eligibility.ActiveTransferLine(l.activeSubscriptionId, t.id,"
            + " t.targetPartnerName, l.quantity) from TransferLine l join l.transfer t where l.activeSubscriptionId in"
            + " (select s.id from Subscription s where s.partnerId = :partnerId and s.customerId in :customerIds)")
    List<ActiveTransferLine> holdingOf(String partnerId, Collection<String> customerIds);

    @Query("select distinct t from TransferRequest t left join fetch t.lines where t.sourcePartnerId = :partnerId"
            + " order by t.createdTime")
    List<TransferRequest> requestsFrom(String partnerId);

    @Query("select t from TransferRequest t where t.targetPartnerId = :providerId"
            + " order by t.sourcePartnerName, t.customerName, t.createdTime")
    List<TransferRequest> requestsTo(String providerId);
}
