package com.csptransition.enrollment.process;

import com.csptransition.enrollment.EnrollmentRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) of reviewEnrollment: records the review's answer — the form's "approved" and
 * "reviewNote" — on the enrollment, which the gateway then reads. A review answers once.
 */
@Component("recordEnrollmentReview")
public class RecordEnrollmentReview implements TaskListener {

    private final EnrollmentRepository enrollments;

    public RecordEnrollmentReview(EnrollmentRepository enrollments) {
        this.enrollments = enrollments;
    }

    @Override
    public void notify(DelegateTask task) {
        Object note = task.getVariableLocal(EnrollmentProcess.NOTE);
        EnrollmentStep.enrollment(enrollments, task.getExecution()).reviewed(
                Boolean.TRUE.equals(task.getVariableLocal(EnrollmentProcess.APPROVED)), note == null ? null : note.toString());
    }
}
