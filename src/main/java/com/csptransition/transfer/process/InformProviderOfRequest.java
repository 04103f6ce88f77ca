package com.csptransition.transfer.process;

import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Service task informProviderOfRequest: "Inform your indirect provider that you have created a … request". */
@Component("informProviderOfRequest")
public class InformProviderOfRequest extends TransferNotice {

    public static final String KIND = "TRANSFER_REQUESTED";

    private final TransferSettings settings;

    public InformProviderOfRequest(TransferRequestRepository transfers, IdentityService identityService, Clock clock,
            TransferNotices notices, TransferTexts texts, TransferSettings settings) {
        super(transfers, identityService, clock, notices, texts);
        this.settings = settings;
    }

    @Override
    void tell(DelegateExecution execution, TransferRequest request) {
        request.require(request.awaitsReview(), "is not waiting for the provider's review");
        notices.tellProvider(request, KIND, "Transfer request from " + request.getSourcePartnerName() + " for "
                + request.getCustomerName(), request.getSourcePartnerName() + " asks " + request.getTargetPartnerName()
                + " to take over these subscriptions of " + request.getCustomerName() + ":\n\n"
                + texts.lines(request) + "\n\nAsked by " + texts.requestedBy(request) + ".\n"
                + "Accept or reject it by " + TransferTexts.time(settings.reviewExpiry(Date.from(now())))
                + " in the Tasklist (task \"Review transfer request\") or through the transfer API; a request nobody"
                + " reviews by then expires, and nothing moves.");
    }
}
