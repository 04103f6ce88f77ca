package com.csptransition.enrollment.process;

import com.csptransition.enrollment.Enrollment;
import com.csptransition.enrollment.EnrollmentRepository;
import com.csptransition.enrollment.EnrollmentState;
import com.csptransition.notification.Notifications;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Service task escalateEnrollmentReview: the review has taken the five business days approval may take. The
 * reviewers are told, and the review task moves to the top of their task list.
 */
@Component("escalateEnrollmentReview")
public class EscalateEnrollmentReview extends EnrollmentStep {

    public static final String KIND = "ENROLLMENT_REVIEW_OVERDUE";
    static final int ESCALATED_PRIORITY = 100;

    private final EnrollmentParties parties;

    public EscalateEnrollmentReview(EnrollmentRepository enrollments, PartnerRepository partners,
            Notifications notifications, Clock clock, EnrollmentParties parties) {
        super(enrollments, partners, notifications, clock);
        this.parties = parties;
    }

    @Override
    EnrollmentState expects() {
        return EnrollmentState.IN_REVIEW;
    }

    @Override
    void execute(DelegateExecution execution, Enrollment enrollment, Partner partner) {
        notifications.queue(new Notifications.Message(KIND, null, parties.getReviewersEmail(),
                "Enrollment review overdue: " + partner.getName(), "The indirect reseller enrollment of "
                        + partner.getName() + " (" + partner.getId() + "), submitted " + enrollment.getSubmittedTime()
                        + ", has waited five business days for review. Approval must not take longer."));
        for (Task review : execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(EnrollmentProcess.REVIEW).list()) {
            execution.getProcessEngineServices().getTaskService().setPriority(review.getId(), ESCALATED_PRIORITY);
        }
    }
}
