package com.csptransition.admin;

import com.csptransition.admin.ImportBundle.CustomerData;
import com.csptransition.admin.ImportBundle.McaData;
import com.csptransition.admin.ImportBundle.RelationshipData;
import com.csptransition.customer.BillingProfile;
import com.csptransition.customer.Customer;
import com.csptransition.customer.McaAcceptance;
import com.csptransition.customer.ResellerRelationship;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a bundle does to a customer's reseller relationships and MCA acceptances: it adds those it names and updates
 * them with what it carries; it never removes one nor takes away what the API recorded. A relationship keeps its
 * delegated admin privileges (an invitation or the partner's customer creation granted them; a bundle's false may be
 * a mere omission), its bill-to info when the bundle carries none, and the bill-to copy a relationship extension
 * made, which is what the partner shared then; an acceptance keeps its attestation's template and contact. Where the
 * bundle says otherwise, the answer's {@code kept} says what was kept.
 */
final class CustomerMerge {

    private CustomerMerge() {
    }

    record Merged(List<ResellerRelationship> relationships, List<McaAcceptance> acceptances) {
    }

    static Merged of(Customer customer, CustomerData bundle, List<String> kept) {
        String where = "customer " + bundle.id() + ", reseller ";
        Map<String, ResellerRelationship> relationships = new LinkedHashMap<>();
        customer.getResellerRelationships().forEach(r -> relationships.put(r.partnerId(), r));
        for (RelationshipData named : bundle.resellerRelationships()) {
            ResellerRelationship had = relationships.get(named.partnerId());
            if (had == null) {
                relationships.put(named.partnerId(), new ResellerRelationship(named.partnerId(),
                        named.delegatedAdminPrivileges(), false, named.billingProfile()));
                continue;
            }
            if (had.delegatedAdminPrivileges() && !named.delegatedAdminPrivileges()) {
                kept.add(where + named.partnerId() + ": keeps its delegated admin privileges (the bundle says none)");
            }
            BillingProfile billTo = named.billingProfile() == null ? had.billTo() : named.billingProfile();
            if (had.billToShared() && !Objects.equals(billTo, had.billTo())) {
                kept.add(where + named.partnerId() + ": keeps the bill-to copy the partner shared when it extended its"
                        + " reseller relationship (the bundle's billingProfile is not applied)");
                billTo = had.billTo();
            }
            relationships.put(named.partnerId(), new ResellerRelationship(named.partnerId(),
                    had.delegatedAdminPrivileges() || named.delegatedAdminPrivileges(), had.billToShared(), billTo));
        }

        Map<String, McaAcceptance> acceptances = new LinkedHashMap<>();
        customer.getMcaAcceptances().forEach(a -> acceptances.put(key(a.method().name(), a.partnerId()), a));
        for (McaData named : bundle.mcaAcceptances()) {
            String key = key(named.method().name(), named.partnerId());
            McaAcceptance had = acceptances.get(key);
            acceptances.put(key, had == null ? new McaAcceptance(named.method(), named.partnerId(), named.dateAgreed())
                    : named.dateAgreed() == null ? had
                    : new McaAcceptance(had.method(), had.partnerId(), named.dateAgreed(), had.templateId(),
                            had.contactFirstName(), had.contactLastName(), had.contactEmail(), had.contactPhone()));
        }
        return new Merged(new ArrayList<>(relationships.values()), new ArrayList<>(acceptances.values()));
    }

    /** An acceptance is the customer's, through one partner, one way: the table's key. */
    static String key(String method, String partnerId) {
        return method + " through " + partnerId;
    }
}
