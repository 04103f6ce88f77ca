package com.csptransition.partner;

import java.util.Set;

/** Fact: the partner sending a partnership invitation. */
public record InvitingProvider(String id, String name, Set<Program> programs) {
}
