package com.csptransition.transfer.process;

import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import com.csptransition.transfer.TransferStatus;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Service task informPartnerOfAcceptance: the provider accepted; the transfer runs next. */
@Component("informPartnerOfAcceptance")
public class InformPartnerOfAcceptance extends TransferNotice {

    public static final String KIND = "TRANSFER_ACCEPTED";

    public InformPartnerOfAcceptance(TransferRequestRepository transfers, IdentityService identityService, Clock clock,
            TransferNotices notices, TransferTexts texts) {
        super(transfers, identityService, clock, notices, texts);
    }

    @Override
    void tell(DelegateExecution execution, TransferRequest request) {
        request.require(request.isAccepted() && request.getStatus() == TransferStatus.Active,
                "is not an accepted request waiting for its transfer");
        notices.tellPartner(request, KIND, request.getTargetPartnerName() + " accepted your transfer request for "
                + request.getCustomerName(), request.getTargetPartnerName() + " accepted " + about(request)
                + " (" + texts.person(request.getReviewedBy()) + ", " + TransferTexts.time(request.getReviewedTime())
                + "). The subscriptions are being transferred now:\n\n" + texts.lines(request) + "\n\nOnce "
                + request.getTargetPartnerName() + " has verified them, you verify that the request is Complete, the"
                + " license-based subscriptions are suspended and the Azure ones no longer listed.");
    }
}
