package com.csptransition.transfer;

import com.csptransition.transfer.TransferEntity.TransferLineItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Shows a TransferRequest as Partner Center's TransferEntity. */
@Component
public class TransferViews {

    public TransferEntity of(TransferRequest r) {
        List<TransferLineItem> items = r.getLines().stream().filter(l -> l.getBaseLine() == null)
                .map(base -> item(r, base, r.getLines().stream().filter(l -> l.getBaseLine() == base)
                        .map(addOn -> item(r, addOn, List.of())).toList()))
                .toList();
        List<String> open = new ArrayList<>();
        if (r.getStatus() == TransferStatus.Complete && r.getProviderVerifiedTime() == null) {
            open.add("provider");
        }
        if (r.getStatus() == TransferStatus.Complete && r.getPartnerVerifiedTime() == null) {
            open.add("partner");
        }
        String self = "/v1/customers/" + r.getCustomerId() + "/transfers/" + r.getId();
        return new TransferEntity(r.getId(), r.getCreatedTime(), r.getLastModifiedTime(), r.getLastModifiedUser(),
                r.getCustomerName(), r.getCustomerId(),
                r.getSourcePartnerId(), r.getSourcePartnerName(), r.getSourcePartnerId(),
                r.getTargetPartnerName(), r.getTargetPartnerId(), items, r.getStatus().name(),
                Map.of("self", new TransferEntity.Link(self, "GET", List.of())), Map.of("objectType", "TransferEntity"),
                r.getRejectionReason(),
                new TransferEntity.Verifications(r.getProviderVerifiedTime(), r.getPartnerVerifiedTime()), open);
    }

    private static TransferLineItem item(TransferRequest r, TransferLine line, List<TransferLineItem> addOns) {
        return new TransferLineItem(line.getId(), line.getSubscriptionId(), line.getQuantity(), line.getBillingCycle(),
                line.getFriendlyName(), r.getSourcePartnerId(), line.getOfferId(), addOns, line.getTransferError(),
                line.getStatus().name(), line.getTransferredSubscriptionId(),
                line.getTransferredSubscriptionId() == null ? null : line.getSubscriptionId());
    }
}
