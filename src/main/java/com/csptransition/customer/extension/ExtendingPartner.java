package com.csptransition.customer.extension;

import com.csptransition.partner.Program;
import java.util.Set;

/** Fact: the transitioning partner extending its relationship. */
public record ExtendingPartner(String id, String name, Set<Program> programs) {
}
