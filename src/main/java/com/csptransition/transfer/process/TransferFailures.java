package com.csptransition.transfer.process;

import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * A transfer that failed after its retries: the request becomes Failed with the reason on every line, its
 * subscriptions are free again, and both sides and operations are told. Called by the engine when the transfer job's
 * incident is created ({@link TransferFailureIncidents}), in that transaction: the request is Failed exactly when its
 * incident exists. The incident stays: retrying it in Cockpit runs the transfer step again, which re-checks the
 * subscriptions; cancelling the process instance leaves the request Failed.
 */
@Component
public class TransferFailures {

    public static final String KIND = "TRANSFER_FAILED";

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

    /** Records the failure of the request's transfer, told once per incident; nothing if it cannot have failed. */
    public void record(String transferId, String reason, String incidentId) {
        TransferRequest request = transfers.findById(transferId).filter(TransferRequest::canFail).orElse(null);
        if (request == null) {
            return; // e.g. transferred already: the step refused to run twice, which is no failed transfer
        }
        request.fail(reason, "system", Instant.now(clock));
        String error = request.getLines().get(0).getTransferError();
        String subject = "Transfer failed: " + request.getCustomerName() + " from " + request.getSourcePartnerName()
                + " to " + request.getTargetPartnerName();
        String body = TransferNotice.about(request) + " was accepted, but transferring its subscriptions failed after"
                + " the retries:\n\n" + error + "\n\nNothing moved: the request is Failed and its subscriptions are free"
                + " again:\n\n" + texts.lines(request) + "\n\nOperations can retry the transfer (the incident of its"
                + " \"Transfer subscriptions\" step in Cockpit), which checks again that the subscriptions are still"
                + " free and active, or close it; the partner can also make a new request.";
        notices.tell(request, request.getSourcePartnerId(), TransferNotices.AGENTS, KIND, subject, body, incidentId);
        notices.tell(request, request.getTargetPartnerId(), TransferNotices.AGENTS, KIND, subject, body, incidentId);
        notices.tellOperations(request, KIND, subject, body, incidentId);
    }
}
