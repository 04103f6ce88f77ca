package com.csptransition.enrollment.process;

import com.csptransition.decision.DecisionLog;
import com.csptransition.enrollment.Enrollment;
import com.csptransition.enrollment.EnrollmentRepository;
import com.csptransition.enrollment.Enrollments;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (create) of the enrollment's user tasks: what the task list and the forms show. The task's name names
 * the partner, so a list entry is recognisable without opening it; the review's due date (the BPMN's camunda:dueDate)
 * is the fifth business day, when it escalates. Task-local variables for the forms: the partner, who submitted the
 * enrollment and when, the primary contact, why it needs a review.
 */
@Component("enrollmentTaskView")
public class EnrollmentTaskView implements TaskListener {

    /** Camunda's task name column holds 255 characters. */
    static final int NAME_LENGTH = 255;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final EnrollmentRepository enrollments;
    private final PartnerRepository partners;
    private final DecisionLog decisions;

    public EnrollmentTaskView(EnrollmentRepository enrollments, PartnerRepository partners, DecisionLog decisions) {
        this.enrollments = enrollments;
        this.partners = partners;
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        Enrollment enrollment = EnrollmentStep.enrollment(enrollments, task.getExecution());
        Partner partner = partners.findById(enrollment.getPartnerId()).orElse(null);
        String partnerName = partner == null ? enrollment.getPartnerId() : partner.getName();
        String mpnId = partner == null ? null : partner.getMpnId();
        var contact = enrollment.getPrimaryContact();
        String submitted = enrollment.getSubmittedBy() + " on " + time(enrollment.getSubmittedTime());

        task.setVariableLocal("partnerName", partnerName);
        task.setVariableLocal("mpnId", mpnId);
        task.setVariableLocal("primaryContact", contact.firstName() + " " + contact.lastName() + " <" + contact.email()
                + ">");
        task.setVariableLocal("submittedBy", enrollment.getSubmittedBy());
        task.setVariableLocal("submittedAt", time(enrollment.getSubmittedTime()));
        if (EnrollmentProcess.REVIEW.equals(task.getTaskDefinitionKey())) {
            task.setName(fit("Review enrollment: " + partnerName + (mpnId == null ? "" : " (MPN ID " + mpnId + ")")));
            task.setDescription("Indirect reseller enrollment of " + partnerName + ", submitted by " + submitted
                    + (task.getDueDate() == null ? "." : "; review by " + time(task.getDueDate().toInstant())
                            + ", when it escalates."));
            task.setVariableLocal("reviewReasons", String.join("\n", decisions.latestMessages(
                    Enrollments.SUBMIT_DECISION, enrollment.getPartnerId())));
            if (task.getDueDate() != null) {
                task.setVariableLocal("reviewDue", time(task.getDueDate().toInstant()));
            }
        } else if (EnrollmentProcess.ACCEPT_AGREEMENT.equals(task.getTaskDefinitionKey())) {
            task.setName(fit("Accept indirect reseller agreement: " + partnerName));
            task.setDescription("The indirect reseller enrollment of " + partnerName + ", submitted by " + submitted
                    + ", was approved on " + time(enrollment.getApprovedTime()) + ".");
            task.setVariableLocal("approvedAt", time(enrollment.getApprovedTime()));
        }
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** A task name within Camunda's column; partner names are at most 255 characters. */
    static String fit(String name) {
        return name.length() <= NAME_LENGTH ? name : name.substring(0, NAME_LENGTH - 1) + "…";
    }
}
