package com.csptransition.customer.extension;

import com.csptransition.identity.Role;
import java.util.Set;

/** Fact: the user asking, and its roles. */
public record ActingUser(String id, Set<Role> roles) {
}
