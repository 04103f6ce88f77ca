package com.csptransition.identity;

import com.csptransition.web.ApiException;
import java.security.Principal;
import java.util.Set;

/**
 * Who is calling: a Camunda user, the organisation (partner tenant id) and roles its group memberships give,
 * and whether it is a Camunda administrator.
 */
public record Caller(String userId, String organisationId, Set<Role> roles, boolean administrator) implements Principal {

    /** Camunda groups of this type are organisations; the group id is the partner tenant id. */
    public static final String ORGANISATION_GROUP_TYPE = "organisation";
    public static final String ADMIN_GROUP = "camunda-admin";

    @Override
    public String getName() {
        return userId;
    }

    /** The caller's partner, or 403 when the caller acts for no organisation. */
    public String requireOrganisation() {
        if (organisationId == null) {
            throw ApiException.forbidden("User " + userId + " does not belong to a partner organisation.");
        }
        return organisationId;
    }
}
