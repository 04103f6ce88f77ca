package com.csptransition.transfer.process;

import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Service tasks remindProviderToVerify and remindPartnerToVerify, after a verification task's non-interrupting timer
 * ({@code csp.transfer.verification-reminder-after}): the side whose verification the request still waits for is
 * reminded; the task stays open.
 */
@Component("remindVerifier")
public class RemindVerifier extends TransferNotice {

    public static final String KIND = "TRANSFER_VERIFICATION_REMINDER";

    public RemindVerifier(TransferRequestRepository transfers, IdentityService identityService, Clock clock,
            TransferNotices notices, TransferTexts texts) {
        super(transfers, identityService, clock, notices, texts);
    }

    @Override
    void tell(DelegateExecution execution, TransferRequest request) {
        request.require(request.awaitsVerification(), "is not waiting for a verification");
        boolean provider = request.getProviderVerifiedTime() == null;
        String side = provider ? request.getTargetPartnerId() : request.getSourcePartnerId();
        String check = provider ? "the new subscriptions appear under your subscriptions"
                : "the request is Complete, the license-based subscriptions are suspended and the Azure ones no longer"
                        + " listed";
        notices.tell(request, side, TransferNotices.AGENTS, KIND, "Reminder: verify the transfer of "
                + request.getCustomerName() + "'s subscriptions", about(request) + " " + since(request)
                + " and waits for your verification: check that "
                + check + ", then complete the task (\"Verify transfer is complete\") or POST …/transfers/"
                + request.getId() + "/verify. As they now stand:\n\n" + texts.linesNow(request),
                provider ? "provider" : "partner");
    }
}
