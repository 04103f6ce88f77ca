package com.csptransition.transfer.eligibility;

/**
 * A subscription held by an active transfer request: which request (to withdraw it), to whom, and the quantity the
 * request recorded (what the provider's subscription will have, whatever the subscription's quantity is later).
 */
public record ActiveTransferLine(String subscriptionId, String transferId, String targetPartnerName, int quantity) {
}
