package com.csptransition.partner.process;

import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import com.csptransition.partner.PartnershipRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task listener (create): the provider's name for the invitation's form, as a task-local variable. */
@Component("partnershipTaskView")
public class PartnershipTaskView implements TaskListener {

    private final PartnershipRepository partnerships;
    private final PartnerRepository partners;

    public PartnershipTaskView(PartnershipRepository partnerships, PartnerRepository partners) {
        this.partnerships = partnerships;
        this.partners = partners;
    }

    @Override
    public void notify(DelegateTask task) {
        partners.findById(PartnershipParties.partnership(partnerships, task.getExecution()).getProviderId())
                .map(Partner::getName).ifPresent(name -> task.setVariableLocal("providerName", name));
    }
}
