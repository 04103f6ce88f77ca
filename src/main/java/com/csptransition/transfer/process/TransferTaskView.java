package com.csptransition.transfer.process;

import com.csptransition.transfer.TransferLine;
import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import java.time.Clock;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (create): what the task's form shows — partner, provider, customer and the lines — as task-local
 * variables, so the process itself keeps only the request id.
 */
@Component("transferTaskView")
public class TransferTaskView extends TransferStep implements TaskListener {

    public TransferTaskView(TransferRequestRepository transfers, IdentityService identityService, Clock clock) {
        super(transfers, identityService, clock);
    }

    @Override
    public void notify(DelegateTask task) {
        TransferRequest request = request(task);
        task.setVariableLocal("partnerName", request.getSourcePartnerName());
        task.setVariableLocal("providerName", request.getTargetPartnerName());
        task.setVariableLocal("customerName", request.getCustomerName());
        task.setVariableLocal("transferLines", request.getLines().stream().map(TransferTaskView::describe)
                .collect(Collectors.joining("\n")));
    }

    private static String describe(TransferLine line) {
        String text = (line.getBaseLine() != null ? "  add-on " : "") + line.getFriendlyName() + " (" + line.getOfferId()
                + "), subscription " + line.getSubscriptionId() + ", quantity " + line.getQuantity();
        return line.getTransferredSubscriptionId() == null ? text : text + " -> " + line.getTransferredSubscriptionId();
    }
}
