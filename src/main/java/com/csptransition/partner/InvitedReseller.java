package com.csptransition.partner;

import java.util.Set;

/** Fact: the partner invited to partner with the provider. */
public record InvitedReseller(String id, String name, Set<Program> programs) {
}
