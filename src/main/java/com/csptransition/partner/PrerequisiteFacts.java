package com.csptransition.partner;

import java.util.Set;

/**
 * The facts of rules/reseller-prerequisites.drl: pre-requisites several concerns share, written once there. A
 * refusal's subject is the fact's subjectId, whatever the asking concern reports on (the partner for a transfer, the
 * customer for a relationship extension, "INVITATION" for an invitation).
 */
public final class PrerequisiteFacts {

    private PrerequisiteFacts() {
    }

    /** A partner doing what only a direct bill partner enrolled as indirect reseller on that tenant may do. */
    public record TransitioningReseller(String subjectId, String name, Set<Program> programs) {
    }

    /** The indirect provider an action names, and its partnership with the acting reseller (null: none). */
    public record ChosenProvider(String subjectId, String name, PartnershipState partnership) {
    }
}
