package com.csptransition.customer.invitation.process;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** What the invitation's BPMN reads by expression: how long a personalised link stays valid. */
@Component("invitationSettings")
public class InvitationSettings {

    private final String linkValidity;

    public InvitationSettings(@Value("${csp.invitations.link-validity:P90D}") String linkValidity) {
        this.linkValidity = linkValidity;
    }

    /** ISO-8601 duration after which an unanswered invitation link expires. */
    public String getLinkValidity() {
        return linkValidity;
    }
}
