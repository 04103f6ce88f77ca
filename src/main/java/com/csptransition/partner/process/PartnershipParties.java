package com.csptransition.partner.process;

import com.csptransition.partner.Partnership;
import com.csptransition.partner.PartnershipRepository;
import com.csptransition.partner.PartnershipState;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the invitation's BPMN reads by expression, from the partnership the process is about (its business key):
 * who answers, the answer, and how long the invitation stays open.
 */
@Component("partnershipParties")
public class PartnershipParties {

    private final PartnershipRepository partnerships;
    private final String invitationPeriod;

    public PartnershipParties(PartnershipRepository partnerships,
            @Value("${csp.partnership.invitation-period:P30D}") String invitationPeriod) {
        this.partnerships = partnerships;
        this.invitationPeriod = invitationPeriod;
    }

    /** The partnership is the process's business key, fixed when it starts: no variable a user can set names it. */
    static Partnership partnership(PartnershipRepository partnerships, DelegateExecution execution) {
        String id = execution.getProcessBusinessKey();
        return partnerships.findById(id).orElseThrow(() -> new IllegalStateException("no partnership " + id));
    }

    /** The invited reseller's organisation group. */
    public String reseller(DelegateExecution execution) {
        return partnership(partnerships, execution).getResellerId();
    }

    /** The reseller's recorded answer, for the gateway after it. */
    public boolean accepted(DelegateExecution execution) {
        return partnership(partnerships, execution).getState() == PartnershipState.ACCEPTED;
    }

    /** ISO-8601 duration after which an unanswered invitation expires. */
    public String getInvitationPeriod() {
        return invitationPeriod;
    }
}
