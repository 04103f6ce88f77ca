package com.csptransition.bench;

import com.csptransition.customer.AcquisitionKind;
import com.csptransition.customer.Customer;
import com.csptransition.customer.McaAcceptance;
import com.csptransition.customer.McaMethod;
import com.csptransition.customer.OfferKind;
import com.csptransition.customer.ResellerRelationship;
import com.csptransition.customer.Subscription;
import com.csptransition.customer.SubscriptionStatus;
import com.csptransition.partner.Partner;
import com.csptransition.partner.Program;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One customer with a given number of subscriptions of mixed kinds (the same mix at every size: the kind cycles every
 * 10, every 10th an add-on of the one before, every 7th suspended, every 13th in an active transfer), the input every
 * peer evaluates.
 */
final class EligibilityFixture {

    final Partner partner = partner("partner", "Contoso", EnumSet.of(Program.DIRECT_BILL, Program.INDIRECT_RESELLER));
    final Partner provider = partner("provider", "Northwind", EnumSet.of(Program.INDIRECT_PROVIDER));
    final Customer customer = new Customer("customer");
    final List<Subscription> subscriptions = new ArrayList<>();
    /** The active request holding a subscription, by subscription id. */
    final Map<String, String> inActiveTransfer = new HashMap<>();

    EligibilityFixture(int count) {
        customer.update("Tailspin Toys", AcquisitionKind.DIRECT_BILL,
                List.of(new ResellerRelationship("partner", true), new ResellerRelationship("provider", false)),
                List.of(new McaAcceptance(McaMethod.PARTNER_ATTESTATION, "partner", null),
                        new McaAcceptance(McaMethod.PARTNER_ATTESTATION, "provider", null)));
        OfferKind[] kinds = {OfferKind.LICENSE_BASED, OfferKind.LICENSE_BASED, OfferKind.LICENSE_BASED,
                OfferKind.AZURE_PAYG, OfferKind.AZURE_PLAN, OfferKind.AZURE_RESERVED_INSTANCE, OfferKind.TERM_BASED,
                OfferKind.MARKETPLACE_SAAS, OfferKind.LICENSE_BASED, OfferKind.AZURE_PAYG};
        for (int i = 0; i < count; i++) {
            OfferKind kind = kinds[i % kinds.length];
            String id = "sub-" + i;
            // every 10th subscription is an add-on of the license-based one before it
            String base = i % 10 == 1 ? "sub-" + (i - 1) : null;
            String offerId = kind == OfferKind.AZURE_PAYG ? (i % 20 == 9 ? "MS-AZR-0017P" : "MS-AZR-0145P") : "offer-" + i;
            SubscriptionStatus status = i % 7 == 0 ? SubscriptionStatus.SUSPENDED : SubscriptionStatus.ACTIVE;
            Subscription s = new Subscription(id);
            s.update("customer", "partner", offerId, "Offer " + i, kind, base, 10 + i, "monthly", status,
                    kind == OfferKind.AZURE_PAYG ? "azure-" + i : null);
            subscriptions.add(s);
            if (i % 13 == 0) {
                inActiveTransfer.put(id, "transfer-" + i);
            }
        }
    }

    private static Partner partner(String id, String name, Set<Program> programs) {
        Partner p = new Partner(id);
        p.update(name, "123", null, true, null, BigDecimal.ZERO, programs);
        return p;
    }
}
