package com.csptransition.board;

import com.csptransition.customer.Customer;
import com.csptransition.customer.Subscription;
import com.csptransition.customer.SubscriptionStatus;
import com.csptransition.transfer.TransferRequest;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The board's reads, a fixed number of queries for any number of customers (one per kind of fact, not one per
 * customer): the customers with their element collections, the partner's subscriptions, the partner's requests with
 * their lines (whose active lines are what holds a subscription).
 */
interface BoardQueries extends Repository<Customer, String> {

    /** The customers the partner is a reseller of record of, or holds subscriptions of, by name. */
    @Query("select c from Customer c left join fetch c.resellerRelationships left join fetch c.mcaAcceptances"
            + " where exists (select 1 from Customer c2 join c2.resellerRelationships r where c2.id = c.id"
            + " and r.partnerId = :partnerId) or exists (select 1 from Subscription s where s.customerId = c.id"
            + " and s.partnerId = :partnerId) order by c.name, c.id")
    List<Customer> customersOf(String partnerId);

    /** The copies new makes are read only, not managed: no entity per row for a partner's every subscription. */
    String SUBSCRIPTION = "select new com.csptransition.customer.Subscription(s.id, s.customerId, s.partnerId,"
            + " s.offerId, s.offerName, s.offerKind, s.baseSubscriptionId, s.quantity, s.billingCycle, s.status,"
            + " s.azureSubscriptionId) from Subscription s";

    /** As SubscriptionRepository.listed, for every customer of the partner at once. */
    @Query(SUBSCRIPTION + " where s.partnerId = :partnerId and s.status <> :hidden")
    List<Subscription> subscriptionsOf(String partnerId, SubscriptionStatus hidden);

    @Query(SUBSCRIPTION + " where s.partnerId = :partnerId and s.customerId in :customerIds and s.status <> :hidden")
    List<Subscription> subscriptionsOf(String partnerId, Collection<String> customerIds, SubscriptionStatus hidden);

    @Query("select distinct t from TransferRequest t left join fetch t.lines where t.sourcePartnerId = :partnerId"
            + " order by t.createdTime")
    List<TransferRequest> requestsFrom(String partnerId);

    @Query("select t from TransferRequest t where t.targetPartnerId = :providerId"
            + " order by t.sourcePartnerName, t.customerName, t.createdTime")
    List<TransferRequest> requestsTo(String providerId);
}
