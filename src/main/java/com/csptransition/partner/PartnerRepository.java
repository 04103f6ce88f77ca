package com.csptransition.partner;

import com.csptransition.web.ApiException;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerRepository extends JpaRepository<Partner, String> {

    /** The partner the caller's organisation is: 403 when the organisation is no known partner. */
    default Partner acting(String organisationId) {
        return findById(organisationId).orElseThrow(
                () -> ApiException.forbidden("Organisation " + organisationId + " is not a known partner."));
    }
}
