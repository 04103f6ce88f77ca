package com.csptransition.customer.extension;

/** Fact: the indirect provider (its partnership with the partner is a PrerequisiteFacts.ChosenProvider). */
public record TargetProvider(String id, String name) {
}
