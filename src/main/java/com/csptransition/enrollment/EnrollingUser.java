package com.csptransition.enrollment;

import com.csptransition.identity.Role;
import java.util.Set;

/** Fact: the user asking to enroll, and its roles. */
public record EnrollingUser(String id, Set<Role> roles) {
}
