package com.csptransition.customer.invitation;

import com.csptransition.customer.AcquisitionKind;
import com.csptransition.partner.PartnershipState;
import com.csptransition.partner.Program;
import java.util.Set;

/** The facts rules/reseller-invitation.drl reasons about. */
public final class InvitationFacts {

    private InvitationFacts() {
    }

    /** The reseller sending the invitation. */
    public record InvitingReseller(String id, String name, Set<Program> programs) {
    }

    /** The indirect provider named in the invitation, and its partnership with the reseller (null: none). */
    public record InvitedProvider(String id, String name, PartnershipState partnership) {
    }

    /** An existing customer invited; providerDelegatedAdmin: the provider already administers it. */
    public record InvitedCustomer(String id, String name, AcquisitionKind acquiredAs, boolean providerIsReseller,
            boolean providerDelegatedAdmin) {
    }
}
