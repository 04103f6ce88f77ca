package com.csptransition.transfer.eligibility;

import com.csptransition.transfer.TransferLine;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Which active transfer requests hold these subscriptions: "the same subscription cannot be referenced by multiple
 * transfer requests", and a change to a subscription a request holds is not reflected in it.
 */
public interface ActiveTransferLines extends Repository<TransferLine, String> {

    @Query("select new com.csptransition.transfer.eligibility.ActiveTransferLine(l.activeSubscriptionId, t.id,"
            + " t.targetPartnerName, l.quantity) from TransferLine l join l.transfer t"
            + " where l.activeSubscriptionId in :subscriptionIds")
    List<ActiveTransferLine> holding(Collection<String> subscriptionIds);
}
