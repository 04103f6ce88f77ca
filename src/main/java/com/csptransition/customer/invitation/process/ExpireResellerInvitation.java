package com.csptransition.customer.invitation.process;

import com.csptransition.customer.invitation.ResellerInvitationRepository;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task expireResellerInvitation: the customer did not follow the link in time; the link stops working. */
@Component("expireResellerInvitation")
public class ExpireResellerInvitation implements JavaDelegate {

    private final ResellerInvitationRepository invitations;
    private final Clock clock;

    public ExpireResellerInvitation(ResellerInvitationRepository invitations, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        invitations.findById(execution.getProcessBusinessKey()).orElseThrow().expired(Instant.now(clock));
    }
}
