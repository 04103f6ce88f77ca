package com.csptransition.partner.process;

/** The names processes/partnership-invitation.bpmn, its form and the code agree on. */
public final class PartnershipProcess {

    public static final String KEY = "partnershipInvitation";
    public static final String ANSWER = "answerPartnershipInvitation";
    /** The answer form's choice (a required radio group): {@link #ACCEPT} or {@link #DECLINE}, nothing by default. */
    public static final String ANSWER_FIELD = "answer";
    public static final String ACCEPT = "accept";
    public static final String DECLINE = "decline";

    private PartnershipProcess() {
    }
}
