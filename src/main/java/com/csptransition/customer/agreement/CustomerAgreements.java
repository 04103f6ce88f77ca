package com.csptransition.customer.agreement;

import com.csptransition.customer.Customer;
import com.csptransition.customer.CustomerRepository;
import com.csptransition.customer.McaAcceptance;
import com.csptransition.customer.McaMethod;
import com.csptransition.customer.ResellerRelationship;
import com.csptransition.decision.DecisionLog;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import com.csptransition.rules.Evaluation;
import com.csptransition.rules.Reason;
import com.csptransition.rules.RulesEngine;
import com.csptransition.transfer.eligibility.IndirectProvider;
import com.csptransition.transfer.eligibility.TransferCustomer;
import com.csptransition.identity.Action;
import com.csptransition.identity.Caller;
import com.csptransition.identity.WhoMayAct;
import com.csptransition.web.ApiException;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner of the customer (typically the indirect provider after the customer moved) records the customer's
 * acceptance of the Microsoft Customer Agreement by attestation; transfer eligibility reads it.
 */
@Service
public class CustomerAgreements {

    public static final String MCA_DECISION = "MCA_STATUS";

    private final CustomerRepository customers;
    private final PartnerRepository partners;
    private final RulesEngine engine;
    private final DecisionLog decisions;
    private final WhoMayAct whoMayAct;

    public CustomerAgreements(CustomerRepository customers, PartnerRepository partners, RulesEngine engine,
            DecisionLog decisions, WhoMayAct whoMayAct) {
        this.customers = customers;
        this.partners = partners;
        this.engine = engine;
        this.decisions = decisions;
        this.whoMayAct = whoMayAct;
    }

    @Transactional
    public Agreement confirm(String customerTenantId, Agreement agreement, Caller caller) {
        whoMayAct.require(caller, Action.CONFIRM_CUSTOMER_AGREEMENT);
        Customer customer = ownCustomer(customerTenantId, caller);
        McaAcceptance acceptance = agreement.attestedBy(caller.organisationId());
        if (!customer.accept(acceptance)) {
            throw new ApiException(HttpStatus.CONFLICT, "PartnerConfirmedAgreementAlreadyExists", 600061,
                    "Your organisation already confirmed the customer's acceptance of the Microsoft Customer Agreement.");
        }
        return view(acceptance);
    }

    /** What the MCA acceptance asks of the provider now, by rules/customer-agreement.drl: nothing, or actions. */
    @Transactional
    public McaStatus status(String customerTenantId, String providerTenantId, Caller caller) {
        Customer customer = ownCustomer(customerTenantId, caller);
        Partner provider = partners.findById(providerTenantId).filter(p -> customer.hasReseller(p.getId()))
                .orElseThrow(() -> new ApiException(HttpStatus.CONFLICT, "CustomerNotMovedToProvider", null,
                        customer.getName() + " has no reseller relationship with " + providerTenantId + " yet."));
        List<Object> facts = new ArrayList<>(customer.getMcaAcceptances());
        facts.add(new IndirectProvider(provider.getId(), provider.getName(), provider.getPrograms()));
        facts.add(new TransferCustomer(customer.getId(), customer.getName(), customer.getResellerRelationships().stream()
                .map(ResellerRelationship::partnerId).collect(Collectors.toUnmodifiableSet())));
        Evaluation evaluation = engine.evaluate("customer-agreement", facts);
        List<Reason> actions = evaluation.reasons().stream().map(Reason::of).toList();
        decisions.record(MCA_DECISION, caller, List.of(customer.getId(), provider.getId()),
                actions.isEmpty() ? "RETAINED" : "ACTION_REQUIRED", evaluation);
        return new McaStatus(customer.getId(), provider.getId(), !actions.isEmpty(), actions);
    }

    /** The customer's MCA acceptances: those recorded by the caller's organisation and those made in M365. */
    @Transactional(readOnly = true)
    public List<Agreement> list(String customerTenantId, String agreementType, Caller caller) {
        if (agreementType != null && !Agreement.MCA.equals(agreementType)) {
            throw ApiException.invalidInput("agreementType must be '" + Agreement.MCA + "'.");
        }
        return ownCustomer(customerTenantId, caller).getMcaAcceptances().stream()
                .filter(a -> a.method() == McaMethod.M365_ADMIN_CENTER || a.partnerId().equals(caller.organisationId()))
                .map(CustomerAgreements::view).toList();
    }

    private Customer ownCustomer(String customerTenantId, Caller caller) {
        return customers.servedBy(customerTenantId, caller.requireOrganisation());
    }

    private static Agreement view(McaAcceptance a) {
        Agreement.Contact contact = a.contactEmail() == null ? null
                : new Agreement.Contact(a.contactFirstName(), a.contactLastName(), a.contactEmail(), a.contactPhone());
        return new Agreement(contact, a.dateAgreed() == null ? null : a.dateAgreed().atTime(LocalTime.MIDNIGHT).atOffset(ZoneOffset.UTC),
                a.templateId(), Agreement.MCA, a.partnerId(), Map.of("objectType", "Agreement", "acceptedVia", a.method().name()));
    }
}
