package com.csptransition.enrollment;

import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.Reason;
import java.time.Instant;
import java.util.List;

/** An enrollment as the API shows it; reviewReasons say why it was not approved at once. */
public record EnrollmentView(String id, String partnerTenantId, EnrollmentState state,
        Enrollment.PrimaryContact primaryContact, String submittedBy, Instant submittedTime, Instant approvedTime,
        Instant completedTime, String decisionNote, List<Reason> reviewReasons) {

    static EnrollmentView of(Enrollment e, List<IneligibilityReason> reviewReasons) {
        return new EnrollmentView(e.getId(), e.getPartnerId(), e.getState(), e.getPrimaryContact(), e.getSubmittedBy(),
                e.getSubmittedTime(), e.getApprovedTime(), e.getCompletedTime(), e.getDecisionNote(),
                reviewReasons.stream().map(Reason::of).toList());
    }
}
