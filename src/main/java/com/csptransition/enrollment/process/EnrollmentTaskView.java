package com.csptransition.enrollment.process;

import com.csptransition.decision.DecisionLog;
import com.csptransition.enrollment.EnrollmentRepository;
import com.csptransition.enrollment.Enrollments;
import com.csptransition.partner.PartnerRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task listener (create): what the enrollment's forms show, as task-local variables. */
@Component("enrollmentTaskView")
public class EnrollmentTaskView implements TaskListener {

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
        enrollments.findById(task.getExecution().getProcessBusinessKey()).ifPresent(enrollment -> {
            var contact = enrollment.getPrimaryContact();
            task.setVariableLocal("primaryContact", contact.firstName() + " " + contact.lastName() + " <"
                    + contact.email() + ">");
            partners.findById(enrollment.getPartnerId()).ifPresent(partner -> {
                task.setVariableLocal("partnerName", partner.getName());
                task.setVariableLocal("mpnId", partner.getMpnId());
            });
            task.setVariableLocal("reviewReasons", String.join("\n", decisions.latestMessages(
                    Enrollments.SUBMIT_DECISION, enrollment.getPartnerId())));
        });
    }
}
