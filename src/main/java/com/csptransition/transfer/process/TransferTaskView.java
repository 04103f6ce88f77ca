package com.csptransition.transfer.process;

import com.csptransition.customer.Customer;
import com.csptransition.customer.CustomerRepository;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
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

    private final PartnerRepository partners;
    private final CustomerRepository customers;

    public TransferTaskView(TransferRequestRepository transfers, PartnerRepository partners,
            CustomerRepository customers, IdentityService identityService, Clock clock) {
        super(transfers, identityService, clock);
        this.partners = partners;
        this.customers = customers;
    }

    @Override
    public void notify(DelegateTask task) {
        TransferRequest request = request(task);
        task.setVariableLocal("partnerName", partners.findById(request.getSourcePartnerId()).map(Partner::getName).orElse(""));
        task.setVariableLocal("providerName", partners.findById(request.getTargetPartnerId()).map(Partner::getName).orElse(""));
        task.setVariableLocal("customerName", customers.findById(request.getCustomerId()).map(Customer::getName).orElse(""));
        task.setVariableLocal("transferLines", request.getLines().stream().map(TransferTaskView::describe)
                .collect(Collectors.joining("\n")));
    }

    private static String describe(TransferLine line) {
        String text = (line.getBaseLine() != null ? "  add-on " : "") + line.getFriendlyName() + " (" + line.getOfferId()
                + "), subscription " + line.getSubscriptionId() + ", quantity " + line.getQuantity();
        return line.getTransferredSubscriptionId() == null ? text : text + " -> " + line.getTransferredSubscriptionId();
    }
}
