package com.csptransition.customer.invitation;

import com.csptransition.customer.AcquisitionKind;
import com.csptransition.partner.Program;
import java.util.Set;

/** The facts rules/reseller-invitation.drl reasons about. */
public final class InvitationFacts {

    /** The subject of every reason about an invitation. */
    public static final String SUBJECT = "INVITATION";

    private InvitationFacts() {
    }

    /** The reseller sending the invitation. */
    public record InvitingReseller(String id, String name, Set<Program> programs) {
    }

    /** The indirect provider named in the invitation (its partnership with the reseller: a ChosenProvider). */
    public record InvitedProvider(String id, String name) {
    }

    /** An existing customer invited; providerDelegatedAdmin: the provider already administers it. */
    public record InvitedCustomer(String id, String name, AcquisitionKind acquiredAs, boolean providerIsReseller,
            boolean providerDelegatedAdmin) {
    }
}
