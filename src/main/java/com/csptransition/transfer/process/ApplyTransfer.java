package com.csptransition.transfer.process;

import com.csptransition.customer.Subscription;
import com.csptransition.customer.SubscriptionRepository;
import com.csptransition.transfer.TransferLine;
import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import java.time.Clock;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task applyTransfer: every line of an accepted request becomes a new subscription of the provider, all in
 * the job's transaction, so a failure leaves nothing half applied (the job retries, then raises an incident). A
 * request that is not accepted, or was transferred already, is refused, as is a subscription no longer the partner's
 * or no longer active.
 */
@Component("applyTransfer")
public class ApplyTransfer extends TransferStep implements JavaDelegate {

    private final SubscriptionRepository subscriptions;

    public ApplyTransfer(TransferRequestRepository transfers, SubscriptionRepository subscriptions,
            IdentityService identityService, Clock clock) {
        super(transfers, identityService, clock);
        this.subscriptions = subscriptions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TransferRequest request = request(execution);
        request.complete(actor(execution), now());
        for (TransferLine line : request.getLines()) {
            Subscription source = subscriptions.findById(line.getSubscriptionId())
                    .orElseThrow(() -> new IllegalStateException("subscription " + line.getSubscriptionId() + " is gone"));
            // the quantity recorded when the request was created, not today's
            Subscription transferred = subscriptions.save(source.transferredTo(UUID.randomUUID().toString(),
                    request.getSourcePartnerId(), request.getTargetPartnerId(), line.getQuantity()));
            source.retireAfterTransfer();
            line.transferredAs(transferred.getId());
        }
    }
}
