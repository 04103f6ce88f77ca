package com.csptransition.transfer.eligibility;

import com.csptransition.partner.Program;
import java.util.Set;

/** Fact: the partner whose subscriptions would move, with the programs it holds. */
public record TransitioningPartner(String id, String name, Set<Program> programs) {
}
