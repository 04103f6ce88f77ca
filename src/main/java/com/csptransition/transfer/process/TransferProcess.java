package com.csptransition.transfer.process;

/** The names processes/subscription-transfer.bpmn and the code agree on. */
public final class TransferProcess {

    public static final String KEY = "subscriptionTransfer";
    /** Transient: the user on whose behalf the engine runs a step started without engine authentication. */
    public static final String ACTOR = "actor";
    /** The review form's fields. */
    public static final String ACCEPTED = "accepted";
    public static final String REJECTION_REASON = "rejectionReason";
    public static final String WITHDRAWN_MESSAGE = "transferWithdrawn";
    public static final String REVIEW = "reviewTransfer";
    public static final String PROVIDER_VERIFIES = "providerVerifiesTransfer";
    public static final String PARTNER_VERIFIES = "partnerVerifiesTransfer";

    private TransferProcess() {
    }
}
