package com.csptransition.transfer.process;

import com.csptransition.customer.Subscription;
import com.csptransition.customer.SubscriptionRepository;
import com.csptransition.customer.SubscriptionStatus;
import com.csptransition.customer.TransferEffect;
import com.csptransition.identity.Caller;
import com.csptransition.transfer.TransferLine;
import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import com.csptransition.transfer.TransferStatus;
import com.csptransition.transfer.eligibility.TransferEffects;
import com.csptransition.web.ApiException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Service task applyTransfer: every line of an accepted request becomes a new subscription of the provider, all in
 * the job's transaction, so a failure leaves nothing half applied (the job retries; after the last retry the request
 * is Failed and the incident stays, see {@link TransferFailures}). A request that is not accepted, or was transferred
 * already, is refused, as is a subscription no longer the partner's or no longer active. What the transfer does to
 * each of the partner's subscriptions (suspended, or no longer listed) is rules/transferable-offers.drl's, asked
 * through {@link TransferEffects}. An add-on's copy is an add-on of its base's copy.
 *
 * <p>A Failed request is transferred again when operations retry its incident: only if none of its subscriptions is
 * in another active request by then (they were free while it was Failed), and each is still the partner's, active,
 * and of the quantity the request recorded; both sides and operations then hear that it ran after all.
 */
@Component("applyTransfer")
public class ApplyTransfer extends TransferStep implements JavaDelegate {

    private final SubscriptionRepository subscriptions;
    private final TransferEffects transferEffects;
    private final TransferFailures failures;
    private final MeterRegistry meters;

    public ApplyTransfer(TransferRequestRepository transfers, SubscriptionRepository subscriptions,
            TransferEffects transferEffects, IdentityService identityService, Clock clock, TransferFailures failures,
            MeterRegistry meters) {
        super(transfers, identityService, clock);
        this.meters = meters;
        this.subscriptions = subscriptions;
        this.transferEffects = transferEffects;
        this.failures = failures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TransferRequest request = request(execution);
        boolean retried = request.getStatus() == TransferStatus.Failed && request.isAccepted();
        if (retried) {
            retry(request, actor(execution));
        }
        request.complete(actor(execution), now());
        Map<String, String> copies = new HashMap<>(); // the partner's subscription id → the provider's copy
        // bases first: an add-on's copy names its base's copy
        List<TransferLine> lines = request.getLines().stream()
                .sorted(Comparator.comparing(line -> line.getBaseLine() != null)).toList();
        List<Subscription> sources = lines.stream().map(line -> subscriptions.findById(line.getSubscriptionId())
                .orElseThrow(() -> new IllegalStateException("subscription " + line.getSubscriptionId() + " is gone")))
                .toList();
        // the rules say what the transfer does to each; the provider's acceptance applies it
        Map<String, TransferEffect> effects = transferEffects.of(sources, request.getId(),
                new Caller(actor(execution), request.getTargetPartnerId(), Set.of(), false));
        for (int i = 0; i < lines.size(); i++) {
            TransferLine line = lines.get(i);
            Subscription source = sources.get(i);
            String newBase = line.getBaseLine() == null ? null : copies.get(line.getBaseLine().getSubscriptionId());
            // the quantity recorded when the request was created, not today's
            Subscription transferred = subscriptions.save(source.transferredTo(UUID.randomUUID().toString(),
                    request.getSourcePartnerId(), request.getTargetPartnerId(), line.getQuantity(), newBase));
            source.retireAfterTransfer(effects.get(source.getId()));
            line.transferredAs(transferred.getId());
            copies.put(source.getId(), transferred.getId());
        }
        if (retried) {
            failures.transferredAfterAll(request);
        }
        timeToComplete(Duration.between(request.getCreatedTime(), now()));
    }

    /** Create to complete, once the transfer is committed (a job that rolls back and retries is timed once). */
    private void timeToComplete(Duration taken) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            meters.timer("csp.transfers.completion").record(taken);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                meters.timer("csp.transfers.completion").record(taken);
            }
        });
    }

    /**
     * The request takes its subscriptions back, unless another active request holds one of them now, or one changed
     * since the request was made (the transfer would move what the request recorded, not what the partner has now).
     */
    private void retry(TransferRequest request, String actor) {
        Set<String> taken = transfers.findSubscriptionsInActiveTransfer(request.getLines().stream()
                .map(TransferLine::getSubscriptionId).toList());
        if (!taken.isEmpty()) {
            throw cannotRetry(request, "subscriptions " + taken.stream().sorted().toList() + " are in another active"
                    + " transfer request now");
        }
        for (TransferLine line : request.getLines()) {
            Subscription now = subscriptions.findById(line.getSubscriptionId()).orElse(null);
            if (now == null || !now.getPartnerId().equals(request.getSourcePartnerId())
                    || now.getStatus() != SubscriptionStatus.ACTIVE || now.getQuantity() != line.getQuantity()) {
                throw cannotRetry(request, line.getSubscriptionId() + " changed since the request was made ("
                        + (now == null ? "it is gone" : now.getStatus() + ", quantity " + now.getQuantity())
                        + "; the request recorded quantity " + line.getQuantity() + "): the partner makes a new request");
            }
        }
        request.retryAfterFailure(actor, now());
        transfers.saveAndFlush(request); // the database refuses a second active request of a subscription
    }

    private static ApiException cannotRetry(TransferRequest request, String why) {
        return new ApiException(HttpStatus.CONFLICT, "TransferCannotBeRetried", null,
                "Transfer " + request.getId() + " cannot be retried: " + why + ".");
    }
}
