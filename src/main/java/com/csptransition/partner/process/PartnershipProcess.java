package com.csptransition.partner.process;

/** The names processes/partnership-invitation.bpmn and the code agree on. */
public final class PartnershipProcess {

    public static final String KEY = "partnershipInvitation";
    public static final String PARTNERSHIP_ID = "partnershipId";
    public static final String ACCEPTED = "accepted";
    public static final String ANSWER = "answerPartnershipInvitation";

    private PartnershipProcess() {
    }
}
