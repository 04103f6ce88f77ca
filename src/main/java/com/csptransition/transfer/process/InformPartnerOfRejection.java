package com.csptransition.transfer.process;

import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import com.csptransition.transfer.TransferStatus;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Service task informPartnerOfRejection: the provider rejected, with its reason; nothing moved. */
@Component("informPartnerOfRejection")
public class InformPartnerOfRejection extends TransferNotice {

    public static final String KIND = "TRANSFER_REJECTED";

    public InformPartnerOfRejection(TransferRequestRepository transfers, IdentityService identityService, Clock clock,
            TransferNotices notices, TransferTexts texts) {
        super(transfers, identityService, clock, notices, texts);
    }

    @Override
    void tell(DelegateExecution execution, TransferRequest request) {
        request.require(request.getStatus() == TransferStatus.Reject, "was not rejected");
        notices.tellPartner(request, KIND, request.getTargetPartnerName() + " rejected your transfer request for "
                + request.getCustomerName(), request.getTargetPartnerName() + " rejected " + about(request) + " ("
                + texts.person(request.getReviewedBy()) + ", " + TransferTexts.time(request.getReviewedTime())
                + "):\n\n" + request.getRejectionReason() + "\n\nNothing moved; the subscriptions are free for a new"
                + " request:\n\n" + texts.lines(request));
    }
}
