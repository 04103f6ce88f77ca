package com.csptransition.transfer.process;

import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Task listener (complete) of both verification tasks: records who verified, and when; each side once. */
@Component("recordVerification")
public class RecordVerification extends TransferStep implements TaskListener {

    public RecordVerification(TransferRequestRepository transfers, IdentityService identityService, Clock clock) {
        super(transfers, identityService, clock);
    }

    @Override
    public void notify(DelegateTask task) {
        TransferRequest request = request(task);
        if (TransferProcess.PROVIDER_VERIFIES.equals(task.getTaskDefinitionKey())) {
            request.verifiedByProvider(actor(task), now());
        } else {
            request.verifiedByPartner(actor(task), now());
        }
    }
}
