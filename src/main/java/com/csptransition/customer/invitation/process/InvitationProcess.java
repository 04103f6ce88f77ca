package com.csptransition.customer.invitation.process;

/** The names processes/indirect-reseller-invitation.bpmn and the code agree on. */
public final class InvitationProcess {

    public static final String KEY = "indirectResellerInvitation";
    public static final String AUTHORIZED_MESSAGE = "customerAuthorized";
    public static final String AWAIT = "awaitCustomerAuthorization";

    private InvitationProcess() {
    }
}
