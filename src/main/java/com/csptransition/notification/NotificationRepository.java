package com.csptransition.notification;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByDedupKey(String dedupKey);

    List<Notification> findBySentTimeIsNullOrderByIdAsc(Limit limit);

    /** Everything for one organisation (null: every organisation), newest first. */
    @Query("select n from Notification n where (:organisation is null or n.organisation = :organisation)"
            + " and (:kind is null or n.kind = :kind) order by n.id desc")
    List<Notification> findFor(String organisation, String kind);
}
