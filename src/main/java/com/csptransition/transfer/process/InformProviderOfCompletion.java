package com.csptransition.transfer.process;

import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import com.csptransition.transfer.TransferStatus;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Service task informProviderOfCompletion: the partner verified too; the four steps are done. */
@Component("informProviderOfCompletion")
public class InformProviderOfCompletion extends TransferNotice {

    public static final String KIND = "TRANSFER_COMPLETED";

    public InformProviderOfCompletion(TransferRequestRepository transfers, IdentityService identityService, Clock clock,
            TransferNotices notices, TransferTexts texts) {
        super(transfers, identityService, clock, notices, texts);
    }

    @Override
    void tell(DelegateExecution execution, TransferRequest request) {
        request.require(request.getStatus() == TransferStatus.Complete && request.getPartnerVerifiedTime() != null,
                "is not verified by both sides");
        notices.tellProvider(request, KIND, "Transfer complete: " + request.getCustomerName() + " from "
                + request.getSourcePartnerName(), request.getSourcePartnerName() + " verified "
                + TransferTexts.time(request.getPartnerVerifiedTime()) + " too: " + about(request)
                + " is complete on both sides.\n\n" + texts.linesNow(request));
    }
}
