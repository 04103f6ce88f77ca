package com.csptransition.transfer.eligibility;

import java.util.Set;

/** Fact: the customer whose subscriptions would move, and the partners that are its resellers of record. */
public record TransferCustomer(String id, String name, Set<String> resellerIds) {
}
