package com.csptransition.partner;

/** Fact: a partnership the two partners already have. */
public record ExistingPartnership(String id, PartnershipState state) {
}
