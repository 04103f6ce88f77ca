package com.csptransition.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByDedupKey(String dedupKey);

    /** Everything for one organisation (null: every organisation), newest first. */
    @Query("select n from Notification n where (:organisation is null or n.organisation = :organisation)"
            + " and (:kind is null or n.kind = :kind) order by n.id desc")
    List<Notification> findFor(String organisation, String kind);

    /**
     * Up to 100 unsent rows nobody holds a live claim on, oldest first, row-locked until the caller's transaction ends; rows
     * another node is claiming right now are skipped, not waited for (H2 2.x and PostgreSQL both have SKIP LOCKED).
     */
    @Query(value = "select id from notification where sent_time is null"
            + " and (claimed_until is null or claimed_until < :now)"
            + " order by id fetch first 100 rows only for update skip locked", nativeQuery = true)
    List<Long> lockClaimable(Instant now);

    /** Claims what is still free of those rows; the condition is re-checked on each row, so no row is claimed twice. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Notification n set n.claimedBy = :claim, n.claimedUntil = :until where n.id in :ids"
            + " and n.sentTime is null and (n.claimedUntil is null or n.claimedUntil < :now)")
    int claim(List<Long> ids, String claim, Instant now, Instant until);

    @Query("select n from Notification n where n.claimedBy = :claim and n.sentTime is null order by n.id")
    List<Notification> findClaimed(String claim);

    /** The mail server took it: recorded even if the claim ran out meanwhile (the first sending time stays). */
    @Modifying
    @Query("update Notification n set n.sentTime = :when, n.attempts = n.attempts + 1, n.lastError = null,"
            + " n.claimedBy = null, n.claimedUntil = null where n.id = :id and n.sentTime is null")
    int markSent(Long id, Instant when);

    /** Not sent: the error is kept and the claim released, so that the next round (any node's) tries again. */
    @Modifying
    @Query("update Notification n set n.attempts = n.attempts + 1, n.lastError = :error,"
            + " n.claimedBy = null, n.claimedUntil = null where n.id = :id and n.claimedBy = :claim")
    int markFailed(Long id, String claim, String error);

    /** What a round claimed and did not reach goes back at once instead of when the claim runs out. */
    @Modifying
    @Query("update Notification n set n.claimedBy = null, n.claimedUntil = null"
            + " where n.claimedBy = :claim and n.sentTime is null")
    int release(String claim);
}
