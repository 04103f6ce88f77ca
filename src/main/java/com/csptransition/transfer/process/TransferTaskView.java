package com.csptransition.transfer.process;

import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (create) of the transfer's user tasks: what the task's list entry and form show, as task-local
 * variables, so the process itself keeps only the request id. The task's name says whose customer and which
 * partner or provider ("Review transfer request: Litware, from Contoso"); customerName, partnerName and providerName
 * are there for the Tasklist's list too. The review's form shows who asked and when, and when it expires (its due
 * date); a verification's form shows the subscriptions as they now stand.
 */
@Component("transferTaskView")
public class TransferTaskView extends TransferStep implements TaskListener {

    static final int MAX_NAME = 255;

    private final TransferTexts texts;

    public TransferTaskView(TransferRequestRepository transfers, IdentityService identityService, Clock clock,
            TransferTexts texts) {
        super(transfers, identityService, clock);
        this.texts = texts;
    }

    @Override
    public void notify(DelegateTask task) {
        TransferRequest request = request(task);
        boolean partners = TransferProcess.PARTNER_VERIFIES.equals(task.getTaskDefinitionKey());
        String name = task.getName() + ": " + request.getCustomerName() + (partners
                ? ", to " + request.getTargetPartnerName() : ", from " + request.getSourcePartnerName());
        task.setName(name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "…");
        task.setVariableLocal("partnerName", request.getSourcePartnerName());
        task.setVariableLocal("providerName", request.getTargetPartnerName());
        task.setVariableLocal("customerName", request.getCustomerName());
        task.setVariableLocal("requestedBy", texts.requestedBy(request));
        // the Tasklist's description tab is for the agent (the BPMN's documentation is for the analyst)
        if (TransferProcess.REVIEW.equals(task.getTaskDefinitionKey())) {
            task.setVariableLocal("expires", TransferTexts.time(task.getDueDate()));
            task.setVariableLocal("transferLines", texts.lines(request));
            task.setDescription(request.getSourcePartnerName() + " asks you to take over " + request.getCustomerName()
                    + "'s subscriptions: accept, or reject with a reason. Unanswered, the request expires "
                    + TransferTexts.time(task.getDueDate()) + ".");
        } else {
            task.setVariableLocal("subscriptionsNow", texts.linesNow(request));
            task.setDescription(partners ? "Check that the request is Complete, " + request.getCustomerName()
                    + "'s license-based subscriptions are suspended and its Azure ones no longer listed, then complete."
                    : "Check that " + request.getCustomerName() + "'s subscriptions now appear under your"
                            + " subscriptions, then complete; " + request.getSourcePartnerName() + " is told.");
        }
    }
}
