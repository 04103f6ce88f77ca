package com.csptransition.enrollment.process;

/** The names processes/indirect-reseller-enrollment.bpmn and the code agree on. */
public final class EnrollmentProcess {

    public static final String KEY = "indirectResellerEnrollment";
    public static final String ENROLLMENT_ID = "enrollmentId";
    /** Set at start: the rules approve the form at once. */
    public static final String IMMEDIATE_APPROVAL = "immediateApproval";
    /** The review's outcome, and the reviewer's note. */
    public static final String APPROVED = "approved";
    public static final String NOTE = "reviewNote";
    public static final String REVIEW = "reviewEnrollment";
    public static final String ACCEPT_AGREEMENT = "acceptIndirectResellerAgreement";

    private EnrollmentProcess() {
    }
}
