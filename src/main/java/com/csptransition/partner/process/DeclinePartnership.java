package com.csptransition.partner.process;

import com.csptransition.partner.PartnershipRepository;
import com.csptransition.partner.PartnershipState;
import org.springframework.stereotype.Component;

/** Service task declinePartnership: The reseller declined the invitation. */
@Component("declinePartnership")
public class DeclinePartnership extends AnswerInvitation {

    public DeclinePartnership(PartnershipRepository partnerships) {
        super(partnerships, PartnershipState.DECLINED);
    }
}
