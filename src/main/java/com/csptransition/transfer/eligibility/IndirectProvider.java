package com.csptransition.transfer.eligibility;

import com.csptransition.partner.Program;
import java.util.Set;

/** Fact: the partner the subscriptions would move to; present only when the caller names one. */
public record IndirectProvider(String id, String name, Set<Program> programs) {
}
