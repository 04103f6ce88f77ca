package com.csptransition.customer.subscription;

/** A provider's copy of an add-on, made by a transfer, and the copy of its base made by the same transfer. */
record CopiedAddOn(String copyId, String baseCopyId) {
}
