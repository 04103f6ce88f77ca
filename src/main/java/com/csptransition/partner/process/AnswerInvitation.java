package com.csptransition.partner.process;

import com.csptransition.partner.PartnershipRepository;
import com.csptransition.partner.PartnershipState;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** What the three service tasks of the invitation share: they close the invitation one way or another. */
abstract class AnswerInvitation implements JavaDelegate {

    private final PartnershipRepository partnerships;
    private final PartnershipState answer;

    AnswerInvitation(PartnershipRepository partnerships, PartnershipState answer) {
        this.partnerships = partnerships;
        this.answer = answer;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String id = (String) execution.getVariable(PartnershipProcess.PARTNERSHIP_ID);
        partnerships.findById(id).orElseThrow(() -> new IllegalStateException("no partnership " + id)).answer(answer);
    }
}
