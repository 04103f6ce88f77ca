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
 * customer): the partner's customers with their facts stamps and the partner's requests with their lines (whose
 * active lines are what holds a subscription); then, for the customers whose stamp changed only (all of the partner's
 * when they are many), the customers with their element collections and their subscriptions.
 */
interface BoardQueries extends Repository<Customer, String> {

    /**
     * The customers the partner is a reseller of record of, or holds subscriptions of, by name, with their facts
     * stamps: all a view reads of customers whose facts are unchanged.
     */
    @Query("select new com.csptransition.board.ListedCustomer(c.id, c.name, c.factsStamp) from Customer c"
            + " where exists (select 1 from Customer c2 join c2.resellerRelationships r where c2.id = c.id"
            + " and r.partnerId = :partnerId) or exists (select 1 from Subscription s where s.customerId = c.id"
            + " and s.partnerId = :partnerId) order by c.name, c.id")
    List<ListedCustomer> customersOf(String partnerId);

    /** The partner's customers (as customersOf) with their element collections. */
    @Query("select c from Customer c left join fetch c.resellerRelationships left join fetch c.mcaAcceptances"
            + " where exists (select 1 from Customer c2 join c2.resellerRelationships r where c2.id = c.id"
            + " and r.partnerId = :partnerId) or exists (select 1 from Subscription s where s.customerId = c.id"
            + " and s.partnerId = :partnerId)")
    List<Customer> customersWithFactsOf(String partnerId);

    /** These customers with their element collections. */
    @Query("select c from Customer c left join fetch c.resellerRelationships left join fetch c.mcaAcceptances"
            + " where c.id in :customerIds")
    List<Customer> customers(Collection<String> customerIds);

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
