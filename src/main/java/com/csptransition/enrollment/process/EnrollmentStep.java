package com.csptransition.enrollment.process;

import com.csptransition.enrollment.Enrollment;
import com.csptransition.enrollment.EnrollmentRepository;
import com.csptransition.enrollment.EnrollmentState;
import com.csptransition.notification.Notifications;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** What the enrollment's service tasks share: the enrollment the process is about, its partner, the outbox. */
abstract class EnrollmentStep implements JavaDelegate {

    protected final EnrollmentRepository enrollments;
    protected final PartnerRepository partners;
    protected final Notifications notifications;
    private final Clock clock;

    EnrollmentStep(EnrollmentRepository enrollments, PartnerRepository partners, Notifications notifications,
            Clock clock) {
        this.enrollments = enrollments;
        this.partners = partners;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Enrollment enrollment = enrollment(enrollments, execution);
        enrollment.require(enrollment.getState() == expects(), "is not " + expects());
        Partner partner = partners.findById(enrollment.getPartnerId()).orElseThrow();
        execute(execution, enrollment, partner);
    }

    /** The enrollment is the process's business key, fixed when it starts: no variable a user can set names it. */
    static Enrollment enrollment(EnrollmentRepository enrollments, DelegateExecution execution) {
        String id = execution.getProcessBusinessKey();
        return enrollments.findById(id).orElseThrow(() -> new IllegalStateException("no enrollment " + id));
    }

    /** The state this step acts on; in any other it refuses. */
    abstract EnrollmentState expects();

    abstract void execute(DelegateExecution execution, Enrollment enrollment, Partner partner);

    Instant now() {
        return Instant.now(clock);
    }

    static String greeting(Enrollment enrollment) {
        return "Dear " + enrollment.getPrimaryContact().firstName() + " " + enrollment.getPrimaryContact().lastName()
                + ",\n\n";
    }
}
