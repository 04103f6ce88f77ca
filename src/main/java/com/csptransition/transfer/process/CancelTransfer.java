package com.csptransition.transfer.process;

import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import com.csptransition.transfer.TransferStatus;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task cancelTransfer: the partner withdrew the request before the provider answered. */
@Component("cancelTransfer")
public class CancelTransfer extends TransferStep implements JavaDelegate {

    public CancelTransfer(TransferRequestRepository transfers, IdentityService identityService, Clock clock) {
        super(transfers, identityService, clock);
    }

    @Override
    public void execute(DelegateExecution execution) {
        TransferRequest request = request(execution);
        request.endUnreviewed(TransferStatus.Canceled, actor(execution), now());
        transfers.saveAndFlush(request); // like the review, write the request first: a race with it fails fast here
    }
}
