package com.csptransition.transfer.process;

import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A service task that informs one side of a request (the guide's "inform" steps): it re-checks that the request is
 * in the state it tells of, then queues its notices in the step's transaction.
 */
abstract class TransferNotice extends TransferStep implements JavaDelegate {

    protected final TransferNotices notices;
    protected final TransferTexts texts;

    TransferNotice(TransferRequestRepository transfers, IdentityService identityService, Clock clock,
            TransferNotices notices, TransferTexts texts) {
        super(transfers, identityService, clock);
        this.notices = notices;
        this.texts = texts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tell(execution, request(execution));
    }

    abstract void tell(DelegateExecution execution, TransferRequest request);

    /** Since when a verification waits: the transfer, or the provider's verification. */
    static String since(TransferRequest request) {
        return request.getProviderVerifiedTime() == null
                ? "was transferred " + TransferTexts.time(request.getLastModifiedTime())
                : "was verified by " + request.getTargetPartnerName() + " "
                        + TransferTexts.time(request.getProviderVerifiedTime());
    }

    /** "Contoso's transfer request for Litware to Northwind Distribution". */
    static String about(TransferRequest request) {
        return request.getSourcePartnerName() + "'s transfer request for " + request.getCustomerName() + " to "
                + request.getTargetPartnerName();
    }
}
