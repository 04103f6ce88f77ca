package com.csptransition.customer.capability;

import com.csptransition.customer.Customer;
import com.csptransition.customer.CustomerRepository;
import com.csptransition.customer.ResellerRelationship;
import com.csptransition.decision.DecisionLog;
import com.csptransition.identity.Caller;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import com.csptransition.partner.Program;
import com.csptransition.rules.Evaluation;
import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.Reason;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customer view: how the customer was acquired and what the caller's partner may do for it, by the rules. */
@Service
public class CustomerCapabilities {

    private final CustomerRepository customers;
    private final PartnerRepository partners;
    private final CapabilityRules rules;
    private final DecisionLog decisions;

    public CustomerCapabilities(CustomerRepository customers, PartnerRepository partners, CapabilityRules rules,
            DecisionLog decisions) {
        this.customers = customers;
        this.partners = partners;
        this.rules = rules;
        this.decisions = decisions;
    }

    @Transactional
    public CustomerView view(String customerTenantId, Caller caller) {
        String organisation = caller.requireOrganisation();
        Customer customer = customers.servedBy(customerTenantId, organisation);
        Partner partner = partners.acting(organisation);
        Evaluation evaluation = rules.evaluate(partner, of(customer), Arrays.asList(Capability.values()),
                customer.getMcaAcceptances().toArray());
        Map<String, List<IneligibilityReason>> refused = evaluation.reasons().stream()
                .collect(Collectors.groupingBy(IneligibilityReason::subjectId));
        List<CustomerView.Allowed> capabilities = Arrays.stream(Capability.values()).map(c -> {
            List<Reason> reasons = refused.getOrDefault(c.name(), List.of()).stream().map(Reason::of).toList();
            return new CustomerView.Allowed(c, reasons.isEmpty(), reasons);
        }).toList();
        decisions.record(CapabilityRules.DECISION_KIND, caller, List.of(customer.getId(), partner.getId()),
                refused.isEmpty() ? "ALL_ALLOWED" : "SOME_REFUSED", evaluation);
        List<String> providers = customer.getResellerRelationships().stream().map(ResellerRelationship::partnerId)
                .filter(id -> partners.findById(id).map(p -> p.getPrograms().contains(Program.INDIRECT_PROVIDER)).orElse(false))
                .sorted().toList();
        return new CustomerView(customer.getId(), Map.of("tenantId", customer.getId(), "companyName", customer.getName()),
                customer.getAcquiredAs(), providers, capabilities);
    }

    /** The capability rules' fact for an existing customer. */
    public static CapabilityFacts.CapabilityCustomer of(Customer customer) {
        return new CapabilityFacts.CapabilityCustomer(customer.getId(), customer.getName(), customer.getAcquiredAs());
    }
}
