package com.csptransition.transfer.process;

import com.csptransition.customer.Subscription;
import com.csptransition.customer.SubscriptionRepository;
import com.csptransition.transfer.TransferLine;
import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import com.csptransition.transfer.TransferStatus;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task applyTransfer: every line of an accepted request becomes a new subscription of the provider, all in
 * the job's transaction, so a failure leaves nothing half applied (the job retries; after the last retry the request
 * is Failed and the incident stays, see {@link TransferFailures}). A request that is not accepted, or was transferred
 * already, is refused, as is a subscription no longer the partner's or no longer active. An add-on's copy is an
 * add-on of its base's copy.
 *
 * <p>A Failed request is transferred again when operations retry its incident: only if none of its subscriptions is
 * in another active request by then (they were free while it was Failed), and each is still the partner's and active.
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
        if (request.getStatus() == TransferStatus.Failed && request.isAccepted()) {
            retry(request, actor(execution));
        }
        request.complete(actor(execution), now());
        Map<String, String> copies = new HashMap<>(); // the partner's subscription id → the provider's copy
        // bases first: an add-on's copy names its base's copy
        List<TransferLine> lines = request.getLines().stream()
                .sorted(Comparator.comparing(line -> line.getBaseLine() != null)).toList();
        for (TransferLine line : lines) {
            Subscription source = subscriptions.findById(line.getSubscriptionId())
                    .orElseThrow(() -> new IllegalStateException("subscription " + line.getSubscriptionId() + " is gone"));
            String newBase = line.getBaseLine() == null ? null : copies.get(line.getBaseLine().getSubscriptionId());
            // the quantity recorded when the request was created, not today's
            Subscription transferred = subscriptions.save(source.transferredTo(UUID.randomUUID().toString(),
                    request.getSourcePartnerId(), request.getTargetPartnerId(), line.getQuantity(), newBase));
            source.retireAfterTransfer();
            line.transferredAs(transferred.getId());
            copies.put(source.getId(), transferred.getId());
        }
    }

    /** The request takes its subscriptions back, unless another active request holds one of them now. */
    private void retry(TransferRequest request, String actor) {
        Set<String> taken = transfers.findSubscriptionsInActiveTransfer(request.getLines().stream()
                .map(TransferLine::getSubscriptionId).toList());
        if (!taken.isEmpty()) {
            throw new IllegalStateException("Subscriptions " + taken.stream().sorted().toList() + " are in another"
                    + " active transfer request now: this one cannot be retried.");
        }
        request.retryAfterFailure(actor, now());
        transfers.saveAndFlush(request); // the database refuses a second active request of a subscription
    }
}
