package com.csptransition.transfer.process;

import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import com.csptransition.transfer.TransferStatus;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Service task informProviderOfWithdrawal: the partner withdrew its request; there is nothing left to review. */
@Component("informProviderOfWithdrawal")
public class InformProviderOfWithdrawal extends TransferNotice {

    public static final String KIND = "TRANSFER_WITHDRAWN";

    public InformProviderOfWithdrawal(TransferRequestRepository transfers, IdentityService identityService, Clock clock,
            TransferNotices notices, TransferTexts texts) {
        super(transfers, identityService, clock, notices, texts);
    }

    @Override
    void tell(DelegateExecution execution, TransferRequest request) {
        request.require(request.getStatus() == TransferStatus.Canceled, "was not withdrawn");
        notices.tellProvider(request, KIND, request.getSourcePartnerName() + " withdrew its transfer request for "
                + request.getCustomerName(), request.getSourcePartnerName() + " withdrew " + about(request) + " ("
                + texts.person(request.getLastModifiedUser()) + ", " + TransferTexts.time(request.getLastModifiedTime())
                + "). There is nothing to review, and nothing moves:\n\n" + texts.lines(request));
    }
}
