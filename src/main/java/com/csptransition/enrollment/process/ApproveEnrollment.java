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

/** Service task approveEnrollment: at once by the rules, or after Microsoft's review. */
@Component("approveEnrollment")
public class ApproveEnrollment extends EnrollmentStep {

    public ApproveEnrollment(EnrollmentRepository enrollments, PartnerRepository partners, Notifications notifications,
            Clock clock) {
        super(enrollments, partners, notifications, clock);
    }

    @Override
    EnrollmentState expects() {
        return EnrollmentState.IN_REVIEW;
    }

    @Override
    void execute(DelegateExecution execution, Enrollment enrollment, Partner partner) {
        enrollment.approve(now());
    }
}
