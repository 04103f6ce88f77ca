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

/**
 * Service task notifyPrimaryContact: "Once approved, you will receive a notification to the email address you have
 * specified under primary contact in the enrollment form."
 */
@Component("notifyPrimaryContact")
public class NotifyPrimaryContact extends EnrollmentStep {

    public static final String KIND = "ENROLLMENT_APPROVED";

    public NotifyPrimaryContact(EnrollmentRepository enrollments, PartnerRepository partners,
            Notifications notifications, Clock clock) {
        super(enrollments, partners, notifications, clock);
    }

    @Override
    EnrollmentState expects() {
        return EnrollmentState.APPROVED;
    }

    @Override
    void execute(DelegateExecution execution, Enrollment enrollment, Partner partner) {
        notifications.queue(new Notifications.Message(KIND, partner.getId(), enrollment.getPrimaryContact().email(),
                "Your indirect reseller enrollment is approved", greeting(enrollment) + partner.getName()
                        + "'s enrollment as indirect reseller is approved. Your global admin signs in to Partner Center"
                        + " and accepts the indirect reseller agreement on the Overview page to enable the indirect"
                        + " reseller capabilities."));
    }
}
