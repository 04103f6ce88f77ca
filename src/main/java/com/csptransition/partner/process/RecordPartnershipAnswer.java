package com.csptransition.partner.process;

import com.csptransition.partner.PartnershipRepository;
import com.csptransition.partner.PartnershipState;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) of answerPartnershipInvitation: the form's "accepted" answers the invitation — the provider
 * appears in the reseller's indirect provider list, or the invitation is declined. An invitation is answered once.
 */
@Component("recordPartnershipAnswer")
public class RecordPartnershipAnswer implements TaskListener {

    private final PartnershipRepository partnerships;

    public RecordPartnershipAnswer(PartnershipRepository partnerships) {
        this.partnerships = partnerships;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean accepted = Boolean.TRUE.equals(task.getVariableLocal(PartnershipProcess.ACCEPTED));
        PartnershipParties.partnership(partnerships, task.getExecution())
                .answer(accepted ? PartnershipState.ACCEPTED : PartnershipState.DECLINED);
    }
}
