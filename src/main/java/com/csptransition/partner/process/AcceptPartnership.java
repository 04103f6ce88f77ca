package com.csptransition.partner.process;

import com.csptransition.partner.PartnershipRepository;
import com.csptransition.partner.PartnershipState;
import org.springframework.stereotype.Component;

/** Service task acceptPartnership: The reseller's global admin accepted: the provider appears in its indirect provider list. */
@Component("acceptPartnership")
public class AcceptPartnership extends AnswerInvitation {

    public AcceptPartnership(PartnershipRepository partnerships) {
        super(partnerships, PartnershipState.ACCEPTED);
    }
}
