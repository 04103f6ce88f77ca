package com.csptransition.customer.subscription;

import com.csptransition.transfer.TransferLine;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The transfer's record of what it made: an add-on's line names its base's line, and each line the provider's copy it
 * became. The copy of an add-on is stored without a base (the transfer makes copies line by line); its base is the
 * copy of the add-on's base.
 */
interface TransferredCopies extends Repository<TransferLine, String> {

    @Query("select new com.csptransition.customer.subscription.CopiedAddOn(l.transferredSubscriptionId,"
            + " b.transferredSubscriptionId) from TransferLine l join l.baseLine b"
            + " where l.transferredSubscriptionId in :copyIds and b.transferredSubscriptionId is not null")
    List<CopiedAddOn> addOnsAmong(Collection<String> copyIds);
}
