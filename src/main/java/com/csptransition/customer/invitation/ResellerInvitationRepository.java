package com.csptransition.customer.invitation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

public interface ResellerInvitationRepository extends JpaRepository<ResellerInvitation, String> {

    Optional<ResellerInvitation> findByToken(String token);

    /** The invitation behind a personalised link, locked: one answer per link. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from ResellerInvitation i where i.token = ?1")
    Optional<ResellerInvitation> lockByToken(String token);

    List<ResellerInvitation> findByResellerIdOrProviderIdOrderByCreatedTimeDesc(String resellerId, String providerId);
}
