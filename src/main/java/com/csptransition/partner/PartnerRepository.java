package com.csptransition.partner;

import com.csptransition.web.ApiException;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartnerRepository extends JpaRepository<Partner, String> {

    /** Just the name: loading a Partner loads its programs and incentives too. */
    @Query("select p.name from Partner p where p.id = ?1")
    Optional<String> findNameById(String id);

    /** The partner the caller's organisation is: 403 when the organisation is no known partner. */
    default Partner acting(String organisationId) {
        return findById(organisationId).orElseThrow(
                () -> ApiException.forbidden("Organisation " + organisationId + " is not a known partner."));
    }
}
