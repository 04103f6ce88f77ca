package com.csptransition.partner.process;

/** The names processes/partnership-invitation.bpmn and the code agree on. */
public final class PartnershipProcess {

    public static final String KEY = "partnershipInvitation";
    /** The answer form's field. */
    public static final String ACCEPTED = "accepted";
    public static final String ANSWER = "answerPartnershipInvitation";

    private PartnershipProcess() {
    }
}
