package com.csptransition.transfer.process;

import com.csptransition.transfer.TransferRequestRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the transfer's BPMN reads by expression, from the request the process is about (its business key): who
 * works on its tasks — the organisation groups of each side — and the provider's answer.
 */
@Component("transferParties")
public class TransferParties {

    private final TransferRequestRepository transfers;

    public TransferParties(TransferRequestRepository transfers) {
        this.transfers = transfers;
    }

    public String provider(DelegateExecution execution) {
        return TransferStep.request(transfers, execution).getTargetPartnerId();
    }

    public String partner(DelegateExecution execution) {
        return TransferStep.request(transfers, execution).getSourcePartnerId();
    }

    /** The provider's recorded answer, for the gateway after its review. */
    public boolean accepted(DelegateExecution execution) {
        return TransferStep.request(transfers, execution).isAccepted();
    }
}
