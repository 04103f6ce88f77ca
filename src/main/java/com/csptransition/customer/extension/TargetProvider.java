package com.csptransition.customer.extension;

import com.csptransition.partner.PartnershipState;

/** Fact: the indirect provider, and the state of its partnership with the partner (null: none). */
public record TargetProvider(String id, String name, PartnershipState partnership) {
}
