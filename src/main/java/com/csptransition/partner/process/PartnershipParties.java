package com.csptransition.partner.process;

import com.csptransition.partner.PartnershipRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** What the invitation's BPMN reads by expression: who answers, and how long the invitation stays open. */
@Component("partnershipParties")
public class PartnershipParties {

    private final PartnershipRepository partnerships;
    private final String invitationPeriod;

    public PartnershipParties(PartnershipRepository partnerships,
            @Value("${csp.partnership.invitation-period:P30D}") String invitationPeriod) {
        this.partnerships = partnerships;
        this.invitationPeriod = invitationPeriod;
    }

    /** The invited reseller's organisation group. */
    public String reseller(String partnershipId) {
        return partnerships.findById(partnershipId).orElseThrow().getResellerId();
    }

    /** ISO-8601 duration after which an unanswered invitation expires. */
    public String getInvitationPeriod() {
        return invitationPeriod;
    }
}
