package com.csptransition.partner.process;

import com.csptransition.partner.PartnershipRepository;
import com.csptransition.partner.PartnershipState;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task expirePartnershipInvitation: nobody answered the invitation in time. */
@Component("expirePartnershipInvitation")
public class ExpirePartnership implements JavaDelegate {

    private final PartnershipRepository partnerships;

    public ExpirePartnership(PartnershipRepository partnerships) {
        this.partnerships = partnerships;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PartnershipParties.partnership(partnerships, execution).answer(PartnershipState.EXPIRED);
    }
}
