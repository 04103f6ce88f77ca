package com.csptransition.customer.invitation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import jakarta.persistence.LockModeType;

public interface ResellerInvitationRepository extends JpaRepository<ResellerInvitation, String> {

    /** The invitation behind a personalised link, locked: one answer per link. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<ResellerInvitation> findByToken(String token);

    List<ResellerInvitation> findByResellerIdOrProviderIdOrderByCreatedTimeDesc(String resellerId, String providerId);
}
