package com.csptransition.partner.process;

import com.csptransition.partner.PartnershipRepository;
import com.csptransition.partner.PartnershipState;
import com.csptransition.web.ApiException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) of answerPartnershipInvitation: the form's choice answers the invitation — "accept" puts the
 * provider in the reseller's indirect provider list, "decline" declines. There is no default: a completion without a
 * choice is refused (the form's field is required). An invitation is answered once.
 */
@Component("recordPartnershipAnswer")
public class RecordPartnershipAnswer implements TaskListener {

    private final PartnershipRepository partnerships;

    public RecordPartnershipAnswer(PartnershipRepository partnerships) {
        this.partnerships = partnerships;
    }

    @Override
    public void notify(DelegateTask task) {
        Object answer = task.getVariableLocal(PartnershipProcess.ANSWER_FIELD);
        PartnershipState state;
        if (PartnershipProcess.ACCEPT.equals(answer)) {
            state = PartnershipState.ACCEPTED;
        } else if (PartnershipProcess.DECLINE.equals(answer)) {
            state = PartnershipState.DECLINED;
        } else {
            throw ApiException.invalidInput(PartnershipProcess.ANSWER_FIELD + ": choose \"" + PartnershipProcess.ACCEPT
                    + "\" or \"" + PartnershipProcess.DECLINE + "\".");
        }
        PartnershipParties.partnership(partnerships, task.getExecution()).answer(state);
    }
}
