package com.csptransition.enrollment.process;

import com.csptransition.enrollment.EnrollmentRepository;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the enrollment's BPMN reads by expression, from the enrollment the process is about (its business key): who
 * acts, whether and how it was approved, when the review is overdue, when the incentive invitation is due.
 */
@Component("enrollmentParties")
public class EnrollmentParties {

    private final EnrollmentRepository enrollments;
    private final Clock clock;
    private final int reviewBusinessDays;
    private final String incentiveInvitationAfter;
    private final String reviewersEmail;

    public EnrollmentParties(EnrollmentRepository enrollments, Clock clock,
            @Value("${csp.enrollment.review-business-days:5}") int reviewBusinessDays,
            @Value("${csp.enrollment.incentive-invitation-after:P30D}") String incentiveInvitationAfter,
            @Value("${csp.enrollment.reviewers-email:partner-operations@csp-transition.local}") String reviewersEmail) {
        this.enrollments = enrollments;
        this.clock = clock;
        this.reviewBusinessDays = reviewBusinessDays;
        this.incentiveInvitationAfter = incentiveInvitationAfter;
        this.reviewersEmail = reviewersEmail;
    }

    /** The enrolling partner's organisation group: its global admin accepts the agreement. */
    public String partner(DelegateExecution execution) {
        return EnrollmentStep.enrollment(enrollments, execution).getPartnerId();
    }

    /** The rules approved the form at once: no review. */
    public boolean approvedAtOnce(DelegateExecution execution) {
        return !EnrollmentStep.enrollment(enrollments, execution).isReviewRequired();
    }

    /** The review's recorded answer, for the gateway after it. */
    public boolean approved(DelegateExecution execution) {
        return EnrollmentStep.enrollment(enrollments, execution).isReviewApproved();
    }

    /**
     * Five business days (Monday to Friday, UTC) from the submission: when an unfinished review escalates. The review
     * task's due date and its escalation timer both read it, so the task list shows the day the timer fires.
     */
    public Date reviewDeadline(DelegateExecution execution) {
        Instant submitted = EnrollmentStep.enrollment(enrollments, execution).getSubmittedTime();
        return deadline(ZonedDateTime.ofInstant(submitted == null ? clock.instant() : submitted, ZoneOffset.UTC));
    }

    /** Five business days from now: what the 2.0.0 definitions' timer reads (instances started before 3.0.0). */
    public Date reviewDeadline() {
        return deadline(ZonedDateTime.now(clock.withZone(ZoneOffset.UTC)));
    }

    private Date deadline(ZonedDateTime from) {
        ZonedDateTime deadline = from;
        for (int days = 0; days < reviewBusinessDays; ) {
            deadline = deadline.plusDays(1);
            if (deadline.getDayOfWeek() != DayOfWeek.SATURDAY && deadline.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return Date.from(deadline.toInstant());
    }

    /** ISO-8601 duration after enrollment when the incentive invitation goes out (the guide: within 30 days). */
    public String getIncentiveInvitationAfter() {
        return incentiveInvitationAfter;
    }

    public String getReviewersEmail() {
        return reviewersEmail;
    }
}
