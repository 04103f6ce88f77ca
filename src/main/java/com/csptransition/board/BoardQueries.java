package com.csptransition.board;

import com.csptransition.customer.Customer;
import com.csptransition.transfer.TransferRequest;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The board's reads: a partner's customers, and the requests of a partner or to a provider, in one query each. */
interface BoardQueries extends Repository<Customer, String> {

    /** The customers the partner is a reseller of record of, or holds subscriptions of, by name. */
    @Query("select c from Customer c where c.id in (select c2.id from Customer c2 join c2.resellerRelationships r"
            + " where r.partnerId = :partnerId) or c.id in (select s.customerId from Subscription s"
            + " where s.partnerId = :partnerId) order by c.name, c.id")
    List<Customer> customersOf(String partnerId);

    @Query("select t from TransferRequest t where t.sourcePartnerId = :partnerId order by t.createdTime")
    List<TransferRequest> requestsFrom(String partnerId);

    @Query("select t from TransferRequest t where t.targetPartnerId = :providerId"
            + " order by t.sourcePartnerName, t.customerName, t.createdTime")
    List<TransferRequest> requestsTo(String providerId);
}
