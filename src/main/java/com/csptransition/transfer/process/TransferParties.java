package com.csptransition.transfer.process;

import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import org.springframework.stereotype.Component;

/** Who works on a request's tasks, for the BPMN's candidate groups: the organisation groups of each side. */
@Component("transferParties")
public class TransferParties {

    private final TransferRequestRepository transfers;

    public TransferParties(TransferRequestRepository transfers) {
        this.transfers = transfers;
    }

    public String provider(String transferId) {
        return request(transferId).getTargetPartnerId();
    }

    public String partner(String transferId) {
        return request(transferId).getSourcePartnerId();
    }

    private TransferRequest request(String transferId) {
        return transfers.findById(transferId)
                .orElseThrow(() -> new IllegalStateException("no transfer request " + transferId));
    }
}
