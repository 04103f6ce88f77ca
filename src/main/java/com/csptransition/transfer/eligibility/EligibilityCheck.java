package com.csptransition.transfer.eligibility;

import com.csptransition.customer.Customer;
import com.csptransition.customer.ResellerRelationship;
import com.csptransition.customer.Subscription;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PrerequisiteFacts.TransitioningReseller;
import com.csptransition.rules.Evaluation;
import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.RulesEngine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One run of the transfer-eligibility concern (rules/transfer-eligibility.drl and the files concerns.yaml lists with
 * it) for a customer's subscriptions: the facts it sees, and the answer per base subscription (add-ons are reported
 * under their base).
 */
public final class EligibilityCheck {

    private EligibilityCheck() {
    }

    /** activeTransfers: the id of the active request holding a subscription, by subscription id. */
    public static Result run(RulesEngine engine, Partner partner, Optional<Partner> provider, Customer customer,
            List<Subscription> subscriptions, Map<String, String> activeTransfers) {
        List<Object> facts = new ArrayList<>(subscriptions.size() + 4);
        facts.add(new TransitioningReseller(partner.getId(), partner.getName(), partner.getPrograms()));
        provider.ifPresent(p -> facts.add(new IndirectProvider(p.getId(), p.getName(), p.getPrograms())));
        facts.add(new TransferCustomer(customer.getId(), customer.getName(), customer.getResellerRelationships()
                .stream().map(ResellerRelationship::partnerId).collect(Collectors.toUnmodifiableSet())));
        facts.addAll(customer.getMcaAcceptances());
        for (Subscription s : subscriptions) {
            facts.add(new TransferCandidate(s.getId(), s.getOfferId(), s.getOfferName(), s.getOfferKind(),
                    s.getStatus(), s.getBaseSubscriptionId(), activeTransfers.get(s.getId())));
        }
        Evaluation evaluation = engine.evaluate("transfer-eligibility", facts);
        Map<String, List<IneligibilityReason>> reasons = evaluation.reasons().stream()
                .collect(Collectors.groupingBy(IneligibilityReason::subjectId));
        // reasons about the partner, the provider or the customer hold for every subscription
        List<IneligibilityReason> general = new ArrayList<>(reasons.getOrDefault(partner.getId(), List.of()));
        provider.ifPresent(p -> general.addAll(reasons.getOrDefault(p.getId(), List.of())));
        general.addAll(reasons.getOrDefault(customer.getId(), List.of()));
        Map<String, List<String>> addOns = subscriptions.stream().filter(s -> s.getBaseSubscriptionId() != null)
                .collect(Collectors.groupingBy(Subscription::getBaseSubscriptionId,
                        Collectors.mapping(Subscription::getId, Collectors.toList())));
        List<TransferEligibility> answers = new ArrayList<>();
        for (Subscription base : subscriptions) {
            if (base.getBaseSubscriptionId() == null) {
                List<IneligibilityReason> own = reasons.getOrDefault(base.getId(), List.of());
                List<IneligibilityReason> all = general.isEmpty() ? own : new ArrayList<>(general);
                if (!general.isEmpty()) {
                    all.addAll(own);
                    all.sort(Comparator.comparing(IneligibilityReason::code));
                }
                answers.add(TransferEligibility.of(base.getId(), all, addOns.getOrDefault(base.getId(), List.of())));
            }
        }
        return new Result(answers, evaluation);
    }

    public record Result(List<TransferEligibility> answers, Evaluation evaluation) {

        public String outcome() {
            long eligible = answers.stream().filter(TransferEligibility::eligible).count();
            return eligible == answers.size() ? "ELIGIBLE" : eligible == 0 ? "INELIGIBLE" : "PARTIALLY_ELIGIBLE";
        }
    }
}
