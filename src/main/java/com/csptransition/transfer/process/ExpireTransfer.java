package com.csptransition.transfer.process;

import com.csptransition.transfer.TransferRequestRepository;
import com.csptransition.transfer.TransferStatus;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task expireTransfer: nobody reviewed the request in time; its subscriptions are free again. */
@Component("expireTransfer")
public class ExpireTransfer extends TransferStep implements JavaDelegate {

    public ExpireTransfer(TransferRequestRepository transfers, IdentityService identityService, Clock clock) {
        super(transfers, identityService, clock);
    }

    @Override
    public void execute(DelegateExecution execution) {
        request(execution).endUnreviewed(TransferStatus.Expired, actor(execution), now());
    }
}
