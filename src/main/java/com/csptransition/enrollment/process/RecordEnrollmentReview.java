package com.csptransition.enrollment.process;

import com.csptransition.enrollment.EnrollmentRepository;
import com.csptransition.web.ApiException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) of reviewEnrollment: records the review's answer — the form's "decision" ("approve" or
 * "reject", no default) and "reviewNote" — on the enrollment, which the gateway then reads. A review answers once.
 */
@Component("recordEnrollmentReview")
public class RecordEnrollmentReview implements TaskListener {

    private final EnrollmentRepository enrollments;

    public RecordEnrollmentReview(EnrollmentRepository enrollments) {
        this.enrollments = enrollments;
    }

    @Override
    public void notify(DelegateTask task) {
        Object decision = task.getVariableLocal(EnrollmentProcess.DECISION);
        if (!EnrollmentProcess.APPROVE.equals(decision) && !EnrollmentProcess.REJECT.equals(decision)) {
            throw ApiException.invalidInput(EnrollmentProcess.DECISION + ": choose \"" + EnrollmentProcess.APPROVE
                    + "\" or \"" + EnrollmentProcess.REJECT + "\".");
        }
        Object note = task.getVariableLocal(EnrollmentProcess.NOTE);
        EnrollmentStep.enrollment(enrollments, task.getExecution()).reviewed(EnrollmentProcess.APPROVE.equals(decision),
                note == null ? null : note.toString());
    }
}
