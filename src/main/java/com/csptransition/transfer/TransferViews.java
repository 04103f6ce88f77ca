package com.csptransition.transfer;

import com.csptransition.customer.CustomerRepository;
import com.csptransition.partner.PartnerRepository;
import com.csptransition.transfer.TransferEntity.TransferLineItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Shows a TransferRequest as Partner Center's TransferEntity. */
@Component
public class TransferViews {

    private final PartnerRepository partners;
    private final CustomerRepository customers;

    public TransferViews(PartnerRepository partners, CustomerRepository customers) {
        this.partners = partners;
        this.customers = customers;
    }

    @Transactional(readOnly = true) // one transaction for the names it looks up
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
                customers.findNameById(r.getCustomerId()).orElse(null), r.getCustomerId(),
                r.getSourcePartnerId(), name(r.getSourcePartnerId()), r.getSourcePartnerId(),
                name(r.getTargetPartnerId()), r.getTargetPartnerId(), items, r.getStatus().name(),
                Map.of("self", new TransferEntity.Link(self, "GET", List.of())), Map.of("objectType", "TransferEntity"),
                r.getRejectionReason(),
                new TransferEntity.Verifications(r.getProviderVerifiedTime(), r.getPartnerVerifiedTime()), open);
    }

    private static TransferLineItem item(TransferRequest r, TransferLine line, List<TransferLineItem> addOns) {
        return new TransferLineItem(line.getId(), line.getSubscriptionId(), line.getQuantity(), line.getBillingCycle(),
                line.getFriendlyName(), r.getSourcePartnerId(), line.getOfferId(), addOns, null,
                line.getStatus().name(), line.getTransferredSubscriptionId(),
                line.getTransferredSubscriptionId() == null ? null : line.getSubscriptionId());
    }

    private String name(String partnerId) {
        return partners.findNameById(partnerId).orElse(null);
    }
}
