package com.csptransition.enrollment.process;

import com.csptransition.enrollment.Enrollment;
import com.csptransition.enrollment.EnrollmentRepository;
import com.csptransition.enrollment.EnrollmentState;
import com.csptransition.notification.Notifications;
import com.csptransition.partner.IncentiveStatus;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import com.csptransition.partner.Program;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Service task enableIndirectReseller: "When you have accepted the indirect reseller agreement, your Partner profile
 * identifies you as both a direct bill and indirect reseller" — on the same tenant; direct bill incentives stay open.
 */
@Component("enableIndirectReseller")
public class EnableIndirectReseller extends EnrollmentStep {

    public EnableIndirectReseller(EnrollmentRepository enrollments, PartnerRepository partners,
            Notifications notifications, Clock clock) {
        super(enrollments, partners, notifications, clock);
    }

    @Override
    EnrollmentState expects() {
        return EnrollmentState.APPROVED;
    }

    @Override
    void execute(DelegateExecution execution, Enrollment enrollment, Partner partner) {
        partner.enroll(Program.INDIRECT_RESELLER);
        partner.incentive(Program.DIRECT_BILL, IncentiveStatus.ELIGIBLE);
        partner.incentive(Program.INDIRECT_RESELLER, IncentiveStatus.INVITATION_DUE);
        enrollment.complete(now());
    }
}
