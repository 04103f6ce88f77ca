package com.csptransition.enrollment.process;

/** The names processes/indirect-reseller-enrollment.bpmn, its forms and the code agree on. */
public final class EnrollmentProcess {

    public static final String KEY = "indirectResellerEnrollment";
    public static final String REVIEW = "reviewEnrollment";
    public static final String ACCEPT_AGREEMENT = "acceptIndirectResellerAgreement";
    /** The review form's choice (a required radio group): {@link #APPROVE} or {@link #REJECT}, nothing by default. */
    public static final String DECISION = "decision";
    public static final String APPROVE = "approve";
    public static final String REJECT = "reject";
    /** The review form's note to the primary contact. */
    public static final String NOTE = "reviewNote";
    /** The agreement form's consent: a required checkbox, ticked to accept and continue. */
    public static final String AGREEMENT_ACCEPTED = "agreementAccepted";

    private EnrollmentProcess() {
    }
}
