package com.csptransition.partner.process;

import com.csptransition.partner.PartnershipRepository;
import com.csptransition.partner.PartnershipState;
import org.springframework.stereotype.Component;

/** Service task expirePartnershipInvitation: Nobody answered the invitation in time. */
@Component("expirePartnershipInvitation")
public class ExpirePartnership extends AnswerInvitation {

    public ExpirePartnership(PartnershipRepository partnerships) {
        super(partnerships, PartnershipState.EXPIRED);
    }
}
