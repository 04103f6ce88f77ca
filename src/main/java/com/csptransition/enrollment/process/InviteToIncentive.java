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
 * Service task inviteToIndirectResellerIncentive: "you will receive an invitation to enroll for indirect reseller
 * incentive within 30 days ... sent to the email address associated with the partner MPN account."
 */
@Component("inviteToIndirectResellerIncentive")
public class InviteToIncentive extends EnrollmentStep {

    public static final String KIND = "INCENTIVE_INVITATION";

    public InviteToIncentive(EnrollmentRepository enrollments, PartnerRepository partners, Notifications notifications,
            Clock clock) {
        super(enrollments, partners, notifications, clock);
    }

    @Override
    EnrollmentState expects() {
        return EnrollmentState.COMPLETED;
    }

    @Override
    void execute(DelegateExecution execution, Enrollment enrollment, Partner partner) {
        notifications.queue(new Notifications.Message(KIND, partner.getId(), partner.getMpnEmail(),
                "Enroll for the indirect reseller incentive", "Hello " + partner.getName() + ",\n\nyou are enrolled as"
                        + " indirect reseller on your direct bill tenant (MPN ID " + partner.getMpnId() + "). You are"
                        + " invited to enroll for the indirect reseller incentive. You also remain eligible for the"
                        + " direct bill incentive programs with the same tenant; the programs are managed separately."));
        partner.incentive(Program.INDIRECT_RESELLER, IncentiveStatus.INVITED);
    }
}
