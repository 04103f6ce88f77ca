package com.csptransition.enrollment.process;

import com.csptransition.enrollment.Enrollment;
import com.csptransition.enrollment.EnrollmentRepository;
import com.csptransition.enrollment.EnrollmentState;
import com.csptransition.notification.Notifications;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Service task rejectEnrollment: the review refused; the primary contact learns why, and may submit again. */
@Component("rejectEnrollment")
public class RejectEnrollment extends EnrollmentStep {

    public static final String KIND = "ENROLLMENT_REJECTED";

    public RejectEnrollment(EnrollmentRepository enrollments, PartnerRepository partners, Notifications notifications,
            Clock clock) {
        super(enrollments, partners, notifications, clock);
    }

    @Override
    EnrollmentState expects() {
        return EnrollmentState.IN_REVIEW;
    }

    @Override
    void execute(DelegateExecution execution, Enrollment enrollment, Partner partner) {
        enrollment.reject();
        String note = enrollment.getDecisionNote();
        notifications.queue(new Notifications.Message(KIND, partner.getId(), enrollment.getPrimaryContact().email(),
                "Your indirect reseller enrollment was not approved", greeting(enrollment) + partner.getName()
                        + "'s enrollment as indirect reseller was not approved"
                        + (note == null || note.isBlank() ? "." : ": " + note)));
    }
}
