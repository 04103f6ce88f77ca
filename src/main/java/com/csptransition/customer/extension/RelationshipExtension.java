package com.csptransition.customer.extension;

import com.csptransition.customer.BillingProfile;
import com.csptransition.customer.Customer;
import com.csptransition.customer.CustomerRepository;
import com.csptransition.customer.ResellerRelationship;
import com.csptransition.decision.DecisionLog;
import com.csptransition.identity.Action;
import com.csptransition.identity.Caller;
import com.csptransition.identity.WhoMayAct;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import com.csptransition.partner.Partnership;
import com.csptransition.partner.PartnershipRepository;
import com.csptransition.partner.PrerequisiteFacts.ChosenProvider;
import com.csptransition.partner.PrerequisiteFacts.TransitioningReseller;
import com.csptransition.rules.Evaluation;
import com.csptransition.rules.RulesEngine;
import com.csptransition.web.ApiException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a direct bill customer to an indirect provider by reseller relationship extension: the provider becomes a
 * reseller of record without delegated admin privileges, and receives a copy of the bill-to info the partner holds
 * for the customer (GET /v1/customers/{id}/profiles/billing).
 */
@Service
public class RelationshipExtension {

    public static final String DECISION_KIND = "RELATIONSHIP_EXTENSION";

    private final CustomerRepository customers;
    private final PartnerRepository partners;
    private final PartnershipRepository partnerships;
    private final RulesEngine engine;
    private final DecisionLog decisions;
    private final WhoMayAct whoMayAct;

    public RelationshipExtension(CustomerRepository customers, PartnerRepository partners,
            PartnershipRepository partnerships, RulesEngine engine, DecisionLog decisions, WhoMayAct whoMayAct) {
        this.customers = customers;
        this.partners = partners;
        this.partnerships = partnerships;
        this.engine = engine;
        this.decisions = decisions;
        this.whoMayAct = whoMayAct;
    }

    public record Extended(String customerTenantId, String indirectProviderTenantId, boolean delegatedAdminPrivileges,
            boolean billToShared) {
    }

    @Transactional
    public Extended extend(String customerTenantId, String providerTenantId, boolean customerConsent, Caller caller) {
        whoMayAct.require(caller, Action.EXTEND_RELATIONSHIP);
        String organisation = caller.requireOrganisation();
        Customer customer = customers.servedBy(customerTenantId, organisation);
        Partner partner = partners.acting(organisation);
        Partner provider = partners.findById(providerTenantId).orElseThrow(() -> ApiException.notFound(
                "PartnerNotFound", "No partner with tenant id " + providerTenantId + "."));
        Partnership partnership = partnerships.findByResellerIdAndProviderId(partner.getId(), provider.getId()).orElse(null);
        Evaluation evaluation = engine.evaluate("relationship-extension", List.of(
                new TransitioningReseller(customer.getId(), partner.getName(), partner.getPrograms()),
                new ExtendedCustomer(customer.getId(), customer.getName(), customer.getAcquiredAs(),
                        customer.getResellerRelationships().stream().map(ResellerRelationship::partnerId)
                                .collect(Collectors.toUnmodifiableSet()), customerConsent),
                new TargetProvider(provider.getId(), provider.getName()),
                new ChosenProvider(customer.getId(), provider.getName(), partnership == null ? null : partnership.getState())));
        decisions.record(DECISION_KIND, caller, List.of(customer.getId(), partner.getId(), provider.getId()),
                evaluation.reasons().isEmpty() ? "EXTENDED" : "REFUSED", evaluation);
        if (!evaluation.reasons().isEmpty()) {
            throw ApiException.refused("RelationshipExtensionNotAllowed", evaluation.reasons());
        }
        // "a copy of the bill-to info you have for this customer will be made available to the indirect provider":
        // a copy, so the partner's later changes stay its own
        BillingProfile billTo = customer.billToOf(partner.getId()).orElse(null);
        customer.addReseller(new ResellerRelationship(provider.getId(), false, billTo != null, billTo));
        return new Extended(customer.getId(), provider.getId(), false, billTo != null);
    }
}
