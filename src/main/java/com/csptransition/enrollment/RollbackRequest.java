package com.csptransition.enrollment;

/** Fact: someone asks to undo the partner's enrollment as indirect reseller. */
public record RollbackRequest(String partnerId, String userId) {
}
