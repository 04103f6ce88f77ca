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
        if (TransferProcess.REVIEW.equals(task.getTaskDefinitionKey())) {
            task.setVariableLocal("expires", TransferTexts.time(task.getDueDate()));
            task.setVariableLocal("transferLines", texts.lines(request));
        } else {
            task.setVariableLocal("subscriptionsNow", texts.linesNow(request));
        }
    }
}
