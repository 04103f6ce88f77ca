package com.csptransition.transfer.process;

import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import com.csptransition.transfer.TransferStatus;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Service task informBothOfExpiry: nobody reviewed the request in time; both sides hear so. */
@Component("informBothOfExpiry")
public class InformBothOfExpiry extends TransferNotice {

    public static final String KIND = "TRANSFER_EXPIRED";

    public InformBothOfExpiry(TransferRequestRepository transfers, IdentityService identityService, Clock clock,
            TransferNotices notices, TransferTexts texts) {
        super(transfers, identityService, clock, notices, texts);
    }

    @Override
    void tell(DelegateExecution execution, TransferRequest request) {
        request.require(request.getStatus() == TransferStatus.Expired, "has not expired");
        String body = about(request) + ", made " + TransferTexts.time(request.getCreatedTime()) + ", expired: "
                + request.getTargetPartnerName() + " did not accept or reject it in time. Nothing moved; the"
                + " subscriptions are free for a new request:\n\n" + texts.lines(request);
        notices.tellPartner(request, KIND, "Your transfer request for " + request.getCustomerName() + " expired", body);
        notices.tellProvider(request, KIND, "The transfer request from " + request.getSourcePartnerName() + " for "
                + request.getCustomerName() + " expired", body);
    }
}
