package com.csptransition.transfer.process;

import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Service task informPartnerOfProviderVerification: the provider saw its new subscriptions ("Inform the transitioning
 * partner"); now the partner verifies its side.
 */
@Component("informPartnerOfProviderVerification")
public class InformPartnerOfProviderVerification extends TransferNotice {

    public static final String KIND = "TRANSFER_VERIFIED_BY_PROVIDER";

    public InformPartnerOfProviderVerification(TransferRequestRepository transfers, IdentityService identityService,
            Clock clock, TransferNotices notices, TransferTexts texts) {
        super(transfers, identityService, clock, notices, texts);
    }

    @Override
    void tell(DelegateExecution execution, TransferRequest request) {
        request.require(request.awaitsVerification() && request.getProviderVerifiedTime() != null,
                "is not waiting for the partner's verification");
        notices.tellPartner(request, KIND, request.getTargetPartnerName() + " verified the transfer of "
                + request.getCustomerName() + "'s subscriptions", request.getTargetPartnerName() + " verified "
                + TransferTexts.time(request.getProviderVerifiedTime()) + " that the subscriptions of " + about(request)
                + " appear under its subscriptions. Now verify your side: the request is Complete, the license-based"
                + " subscriptions are suspended and the Azure ones no longer listed. As they now stand:\n\n"
                + texts.linesNow(request));
    }
}
