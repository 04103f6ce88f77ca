package com.csptransition.transfer.process;

import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) of reviewTransfer: records the provider's answer — the form's "decision" ("accept" or
 * "reject", which the form requires) and "rejectionReason" — on the request, which the gateway then reads. Writing
 * the request here also makes a review and a withdrawal of the same request collide in the database: only one
 * commits.
 */
@Component("recordReview")
public class RecordReview extends TransferStep implements TaskListener {

    public RecordReview(TransferRequestRepository transfers, IdentityService identityService, Clock clock) {
        super(transfers, identityService, clock);
    }

    @Override
    public void notify(DelegateTask task) {
        TransferRequest request = request(task);
        Object reason = task.getVariableLocal(TransferProcess.REJECTION_REASON);
        request.review(TransferProcess.ACCEPT.equals(task.getVariableLocal(TransferProcess.DECISION)),
                reason == null ? null : reason.toString(), actor(task), now());
        transfers.saveAndFlush(request);
    }
}
