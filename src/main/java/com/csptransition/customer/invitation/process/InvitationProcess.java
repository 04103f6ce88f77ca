package com.csptransition.customer.invitation.process;

/** The names processes/indirect-reseller-invitation.bpmn and the code agree on. */
public final class InvitationProcess {

    public static final String KEY = "indirectResellerInvitation";
    public static final String INVITATION_ID = "invitationId";
    public static final String AUTHORIZED_MESSAGE = "customerAuthorized";
    /** Sent with the message: the tenant that authorized, and its name (a new customer has no record yet). */
    public static final String CUSTOMER_TENANT_ID = "customerTenantId";
    public static final String COMPANY_NAME = "companyName";
    public static final String AWAIT = "awaitCustomerAuthorization";

    private InvitationProcess() {
    }
}
