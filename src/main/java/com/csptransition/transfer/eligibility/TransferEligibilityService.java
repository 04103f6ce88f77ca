package com.csptransition.transfer.eligibility;

import com.csptransition.customer.Customer;
import com.csptransition.customer.CustomerRepository;
import com.csptransition.customer.Subscription;
import com.csptransition.customer.SubscriptionRepository;
import com.csptransition.decision.DecisionLog;
import com.csptransition.identity.Action;
import com.csptransition.identity.Caller;
import com.csptransition.identity.WhoMayAct;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import com.csptransition.rules.RulesEngine;
import com.csptransition.web.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which of a customer's subscriptions the caller's partner can transfer to an indirect provider, and why not. */
@Service
public class TransferEligibilityService {

    public static final String DECISION_KIND = "TRANSFER_ELIGIBILITY";

    private final PartnerRepository partners;
    private final CustomerRepository customers;
    private final SubscriptionRepository subscriptions;
    private final ActiveTransferLines activeTransfers;
    private final RulesEngine engine;
    private final DecisionLog decisionLog;
    private final WhoMayAct whoMayAct;

    public TransferEligibilityService(PartnerRepository partners, CustomerRepository customers,
            SubscriptionRepository subscriptions, ActiveTransferLines activeTransfers, RulesEngine engine,
            DecisionLog decisionLog, WhoMayAct whoMayAct) {
        this.partners = partners;
        this.customers = customers;
        this.subscriptions = subscriptions;
        this.activeTransfers = activeTransfers;
        this.engine = engine;
        this.decisionLog = decisionLog;
        this.whoMayAct = whoMayAct;
    }

    @Transactional
    public EligibilityCheck.Result check(String customerTenantId, String targetPartnerTenantId, Caller caller) {
        whoMayAct.require(caller, Action.CHECK_TRANSFER_ELIGIBILITY);
        return check(customerTenantId, targetPartnerTenantId, caller, DECISION_KIND);
    }

    /**
     * Runs the rules and audits the decision under the given kind (a plain check, or a request's creation, whose
     * caller the who-may-act rules have let act).
     */
    @Transactional
    public EligibilityCheck.Result check(String customerTenantId, String targetPartnerTenantId, Caller caller,
            String decisionKind) {
        Partner partner = partners.acting(caller.requireOrganisation());
        Customer customer = findOwnCustomer(customerTenantId, partner.getId());
        Optional<Partner> provider = Optional.ofNullable(targetPartnerTenantId).map(id -> partners.findById(id)
                .orElseThrow(() -> ApiException.notFound("PartnerNotFound", "No partner with tenant id " + id + ".")));
        List<Subscription> owned = subscriptions.listed(customer.getId(), partner.getId());
        Map<String, String> held = owned.isEmpty() ? Map.of()
                : activeTransfers.holding(owned.stream().map(Subscription::getId).toList()).stream().collect(
                        Collectors.toMap(ActiveTransferLine::subscriptionId, ActiveTransferLine::transferId));
        EligibilityCheck.Result result = EligibilityCheck.run(engine, partner, provider, customer, owned, held);
        List<String> subjects = new ArrayList<>(List.of(customer.getId(), partner.getId()));
        provider.ifPresent(p -> subjects.add(p.getId()));
        owned.forEach(s -> subjects.add(s.getId()));
        decisionLog.record(decisionKind, caller, subjects, result.outcome(), result.evaluation());
        return result;
    }

    /** 404 for an unknown customer and for one the partner does not serve: never leak another partner's customer. */
    private Customer findOwnCustomer(String customerTenantId, String partnerId) {
        return customers.findById(customerTenantId)
                .filter(c -> c.hasReseller(partnerId) || subscriptions.existsByCustomerIdAndPartnerId(c.getId(), partnerId))
                .orElseThrow(() -> ApiException.notFound("CustomerNotFound",
                        "No customer with tenant id " + customerTenantId + " for your organisation."));
    }
}
