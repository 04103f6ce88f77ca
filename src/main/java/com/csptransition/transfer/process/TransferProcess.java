package com.csptransition.transfer.process;

/** The names processes/subscription-transfer.bpmn, its forms and the code agree on. */
public final class TransferProcess {

    public static final String KEY = "subscriptionTransfer";
    /** Transient: the user on whose behalf the engine runs a step started without engine authentication. */
    public static final String ACTOR = "actor";
    /** The review form's fields: an explicit choice, and the reason a rejection needs. */
    public static final String DECISION = "decision";
    public static final String ACCEPT = "accept";
    public static final String REJECT = "reject";
    public static final String REJECTION_REASON = "rejectionReason";
    public static final String WITHDRAWN_MESSAGE = "transferWithdrawn";
    public static final String REVIEW = "reviewTransfer";
    public static final String PROVIDER_VERIFIES = "providerVerifiesTransfer";
    public static final String PARTNER_VERIFIES = "partnerVerifiesTransfer";
    /** The transfer step: an asynchronous job whose last failure fails the request. */
    public static final String APPLY = TransferFailureIncidents.TRANSFER_STEP;

    private TransferProcess() {
    }
}
