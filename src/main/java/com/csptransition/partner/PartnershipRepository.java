package com.csptransition.partner;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnershipRepository extends JpaRepository<Partnership, String> {

    Optional<Partnership> findByResellerIdAndProviderId(String resellerId, String providerId);

    @Query("select p from Partnership p where p.resellerId = :organisation or p.providerId = :organisation order by p.id")
    List<Partnership> findOf(String organisation);
}
