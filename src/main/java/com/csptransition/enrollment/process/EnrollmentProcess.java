package com.csptransition.enrollment.process;

/** The names processes/indirect-reseller-enrollment.bpmn and the code agree on. */
public final class EnrollmentProcess {

    public static final String KEY = "indirectResellerEnrollment";
    /** The review form's fields: the outcome, and the reviewer's note. */
    public static final String APPROVED = "approved";
    public static final String NOTE = "reviewNote";
    public static final String REVIEW = "reviewEnrollment";
    public static final String ACCEPT_AGREEMENT = "acceptIndirectResellerAgreement";

    private EnrollmentProcess() {
    }
}
