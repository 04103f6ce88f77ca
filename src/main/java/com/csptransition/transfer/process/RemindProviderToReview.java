package com.csptransition.transfer.process;

import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Service task remindProviderToReview, after the non-interrupting timer reviewReminderDue: the review expires in
 * {@code csp.transfer.review-reminder-before}; the provider's agents are reminded, the review stays open.
 */
@Component("remindProviderToReview")
public class RemindProviderToReview extends TransferNotice {

    public static final String KIND = "TRANSFER_REVIEW_REMINDER";

    private final TransferSettings settings;

    public RemindProviderToReview(TransferRequestRepository transfers, IdentityService identityService, Clock clock,
            TransferNotices notices, TransferTexts texts, TransferSettings settings) {
        super(transfers, identityService, clock, notices, texts);
        this.settings = settings;
    }

    @Override
    void tell(DelegateExecution execution, TransferRequest request) {
        request.require(request.awaitsReview(), "is not waiting for the provider's review");
        Task review = execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(TransferProcess.REVIEW)
                .singleResult();
        Date expires = review != null && review.getDueDate() != null ? review.getDueDate()
                : settings.reviewExpiry(Date.from(request.getCreatedTime()));
        notices.tellProvider(request, KIND, "Reminder: the transfer request from " + request.getSourcePartnerName()
                + " for " + request.getCustomerName() + " expires " + TransferTexts.time(expires), about(request)
                + ", asked by " + texts.requestedBy(request) + ", waits for your answer. Accept or reject it before "
                + TransferTexts.time(expires) + " (the review task's due date), or it expires and nothing moves:\n\n"
                + texts.lines(request));
    }
}
