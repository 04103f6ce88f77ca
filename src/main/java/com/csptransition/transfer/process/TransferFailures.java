package com.csptransition.transfer.process;

import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * A transfer that failed after its retries: the request becomes Failed with the reason on every line, its
 * subscriptions are free again, and both sides and operations are told. Called by the engine when the transfer job's
 * incident is created ({@link TransferFailureIncidents}), in that transaction: the request becomes Failed when the
 * incident is raised, and stays Failed until a retry transfers it. The incident stays: retrying it in Cockpit runs the
 * transfer step again, which re-checks the subscriptions; cancelling the process instance leaves the request Failed.
 */
@Component
public class TransferFailures {

    public static final String KIND = "TRANSFER_FAILED";
    public static final String RETRIED_KIND = "TRANSFER_RETRIED";
    /** What the sides read of a failure that is not one of the service's own refusals: its detail is operations'. */
    public static final String TECHNICAL = "The transfer failed for a technical reason; operations have the details and can"
            + " retry it.";

    private final TransferRequestRepository transfers;
    private final TransferNotices notices;
    private final TransferTexts texts;
    private final Clock clock;

    public TransferFailures(TransferRequestRepository transfers, TransferNotices notices, TransferTexts texts,
            Clock clock) {
        this.transfers = transfers;
        this.notices = notices;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * Records the failure of the request's transfer, told once per incident; nothing if it cannot have failed.
     * reason: what the sides may read (one of the service's refusals), null for a technical failure, whose detail
     * only operations get (the incident has it too).
     */
    public void record(String transferId, String reason, String detail, String incidentId) {
        TransferRequest request = transfers.findById(transferId).filter(TransferRequest::canFail).orElse(null);
        if (request == null) {
            return; // e.g. transferred already: the step refused to run twice, which is no failed transfer
        }
        request.fail(reason == null ? TECHNICAL : reason, "system", Instant.now(clock));
        String error = request.getLines().get(0).getTransferError();
        String subject = "Transfer failed: " + request.getCustomerName() + " from " + request.getSourcePartnerName()
                + " to " + request.getTargetPartnerName();
        String body = TransferNotice.about(request) + " was accepted, but transferring its subscriptions failed after"
                + " the retries:\n\n%s\n\nNothing moved: the request is Failed and its subscriptions are free"
                + " again:\n\n" + texts.lines(request) + "\n\nOperations can retry the transfer (the incident of its"
                + " \"Transfer subscriptions\" step in Cockpit), which checks again that the subscriptions are still"
                + " free, active and as the request recorded them, or close it; the partner can also make a new request.";
        notices.tell(request, request.getSourcePartnerId(), TransferNotices.AGENTS, KIND, subject,
                body.formatted(error), incidentId);
        notices.tell(request, request.getTargetPartnerId(), TransferNotices.AGENTS, KIND, subject,
                body.formatted(error), incidentId);
        notices.tellOperations(request, KIND, subject, body.formatted(detail), incidentId);
    }

    /** A retry by operations transferred a Failed request after all: whoever heard it failed hears it ran. */
    public void transferredAfterAll(TransferRequest request) {
        String subject = "Transferred after all: " + request.getCustomerName() + " from "
                + request.getSourcePartnerName() + " to " + request.getTargetPartnerName();
        String body = TransferNotice.about(request) + ", which had failed, was transferred when operations retried"
                + " it:\n\n" + texts.lines(request) + "\n\nThe provider verifies next, then the partner.";
        String occasion = String.valueOf(request.getLastModifiedTime());
        notices.tell(request, request.getSourcePartnerId(), TransferNotices.AGENTS, RETRIED_KIND, subject, body, occasion);
        notices.tell(request, request.getTargetPartnerId(), TransferNotices.AGENTS, RETRIED_KIND, subject, body, occasion);
        notices.tellOperations(request, RETRIED_KIND, subject, body, occasion);
    }
}
