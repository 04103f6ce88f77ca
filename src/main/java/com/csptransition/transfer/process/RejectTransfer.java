package com.csptransition.transfer.process;

import com.csptransition.transfer.TransferRequestRepository;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task rejectTransfer: the provider rejected; nothing moves and the subscriptions are free again. */
@Component("rejectTransfer")
public class RejectTransfer extends TransferStep implements JavaDelegate {

    public RejectTransfer(TransferRequestRepository transfers, IdentityService identityService, Clock clock) {
        super(transfers, identityService, clock);
    }

    @Override
    public void execute(DelegateExecution execution) {
        request(execution).endRejected(actor(execution), now());
    }
}
