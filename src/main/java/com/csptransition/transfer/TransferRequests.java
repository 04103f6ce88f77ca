package com.csptransition.transfer;

import com.csptransition.customer.Customer;
import com.csptransition.customer.CustomerRepository;
import com.csptransition.customer.Subscription;
import com.csptransition.customer.SubscriptionRepository;
import com.csptransition.identity.Action;
import com.csptransition.identity.Caller;
import com.csptransition.identity.Side;
import com.csptransition.identity.WhoMayAct;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import com.csptransition.transfer.eligibility.EligibilityCheck;
import com.csptransition.transfer.eligibility.TransferEligibility;
import com.csptransition.transfer.eligibility.TransferEligibilityService;
import com.csptransition.transfer.process.TransferProcess;
import com.csptransition.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and reading transfer requests: the entry point of the transfer capability. */
@Service
public class TransferRequests {

    public static final String CREATION_DECISION = "TRANSFER_REQUEST";

    private final TransferRequestRepository transfers;
    private final SubscriptionRepository subscriptions;
    private final CustomerRepository customers;
    private final PartnerRepository partners;
    private final TransferEligibilityService eligibility;
    private final RuntimeService runtimeService;
    private final Clock clock;
    private final WhoMayAct whoMayAct;

    public TransferRequests(TransferRequestRepository transfers, SubscriptionRepository subscriptions,
            CustomerRepository customers, PartnerRepository partners, TransferEligibilityService eligibility,
            RuntimeService runtimeService, Clock clock, WhoMayAct whoMayAct) {
        this.transfers = transfers;
        this.subscriptions = subscriptions;
        this.customers = customers;
        this.partners = partners;
        this.eligibility = eligibility;
        this.runtimeService = runtimeService;
        this.clock = clock;
        this.whoMayAct = whoMayAct;
    }

    /**
     * Re-runs the eligibility rules; any ineligible subscription refuses the whole request with its reasons.
     * Add-ons of a chosen base come along. The database refuses a subscription already in an active request.
     */
    @Transactional
    public TransferRequest create(String customerId, CreateTransfer body, Caller caller) {
        whoMayAct.require(caller, Action.CREATE_TRANSFER,
                Side.of(caller.organisationId(), body.sourcePartnerTenantId(), body.targetPartnerTenantId()));
        EligibilityCheck.Result check = eligibility.check(customerId, body.targetPartnerTenantId(), caller, CREATION_DECISION);
        Map<String, TransferEligibility> answers = check.answers().stream()
                .collect(Collectors.toMap(TransferEligibility::id, Function.identity()));
        Set<String> requested = body.lineItems().stream().map(CreateTransfer.LineItem::subscriptionId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> unknown = requested.stream().filter(id -> !answers.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw ApiException.invalidInput("Not subscriptions of this customer that your organisation can request, or"
                    + " add-ons (request their base): " + unknown + ".").with("subscriptionIds", unknown);
        }
        List<Map<String, String>> refusals = new ArrayList<>();
        requested.stream().map(answers::get).filter(a -> !a.eligible()).forEach(a -> a.reasons().forEach(r ->
                refusals.add(Map.of("subscriptionId", a.id(), "code", r.code(), "message", r.message(), "rule", r.rule()))));
        if (!refusals.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "TransferNotEligible", null,
                    "The rules refuse this transfer request: " + refusals.stream().map(r -> r.get("message"))
                            .distinct().collect(Collectors.joining(" "))).with("reasons", refusals);
        }
        TransferRequest request = new TransferRequest(UUID.randomUUID().toString(), customerId,
                body.sourcePartnerTenantId(), body.targetPartnerTenantId(), names(customerId, body), caller.userId(),
                Instant.now(clock));
        for (String baseId : requested) {
            TransferLine base = request.addLine(subscription(baseId), null);
            answers.get(baseId).addOnIds().forEach(addOnId -> request.addLine(subscription(addOnId), base));
        }
        transfers.saveAndFlush(request); // a subscription already in an active request fails here
        // the request is the business key: fixed for the process's life, no variable names it
        runtimeService.startProcessInstanceByKey(TransferProcess.KEY, request.getId());
        return request;
    }

    /**
     * The customer's requests the caller's organisation is a side of (an administrator: all); another organisation's
     * customer is 404.
     */
    @Transactional(readOnly = true)
    public List<TransferRequest> list(String customerId, TransferStatus status, Caller caller) {
        if (caller.administrator()) {
            return transfers.findByCustomerIdOrderByCreatedTime(customerId).stream()
                    .filter(r -> status == null || r.getStatus() == status).toList();
        }
        String organisation = caller.requireOrganisation();
        customers.servedBy(customerId, organisation);
        return transfers.findVisible(customerId, organisation).stream()
                .filter(r -> status == null || r.getStatus() == status).toList();
    }

    /** The request, if it is this customer's and the caller's organisation is its partner or its provider. */
    @Transactional(readOnly = true)
    public TransferRequest find(String customerId, String transferId, Caller caller) {
        return visible(transfers.findById(transferId), customerId, transferId, caller);
    }

    /**
     * Like {@link #find}, and holds the request until the transaction ends: a concurrent action on it waits, then
     * sees what the first one did.
     */
    @Transactional
    public TransferRequest lock(String customerId, String transferId, Caller caller) {
        return visible(transfers.lock(transferId), customerId, transferId, caller);
    }

    private static TransferRequest visible(Optional<TransferRequest> request, String customerId, String transferId,
            Caller caller) {
        if (!caller.administrator()) {
            caller.requireOrganisation(); // a user of no organisation is 403, whatever it asks for
        }
        return request.filter(r -> r.getCustomerId().equals(customerId))
                .filter(r -> caller.administrator() || r.concerns(caller.organisationId()))
                .orElseThrow(() -> TransferConflict.notFound(transferId));
    }

    /** The eligibility check has just read these three in this transaction: no query. */
    private TransferRequest.Names names(String customerId, CreateTransfer body) {
        return new TransferRequest.Names(customers.findById(customerId).map(Customer::getName).orElseThrow(),
                partners.findById(body.sourcePartnerTenantId()).map(Partner::getName).orElseThrow(),
                partners.findById(body.targetPartnerTenantId()).map(Partner::getName).orElseThrow());
    }

    private Subscription subscription(String id) {
        return subscriptions.findById(id).orElseThrow();
    }
}
