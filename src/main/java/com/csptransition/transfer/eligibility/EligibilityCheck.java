package com.csptransition.transfer.eligibility;

import com.csptransition.customer.Customer;
import com.csptransition.customer.ResellerRelationship;
import com.csptransition.customer.Subscription;
import com.csptransition.partner.Partner;
import com.csptransition.rules.Evaluation;
import com.csptransition.rules.RulesEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One run of rules/transfer-eligibility.drl for a customer's subscriptions: the facts it sees, and the answer
 * per base subscription (add-ons are reported under their base).
 */
public final class EligibilityCheck {

    private EligibilityCheck() {
    }

    public static Result run(RulesEngine engine, Partner partner, Optional<Partner> provider, Customer customer,
            List<Subscription> subscriptions, Set<String> inActiveTransfer) {
        List<Object> facts = new ArrayList<>(subscriptions.size() + 4);
        facts.add(new TransitioningPartner(partner.getId(), partner.getName(), partner.getPrograms()));
        provider.ifPresent(p -> facts.add(new IndirectProvider(p.getId(), p.getName(), p.getPrograms())));
        facts.add(new TransferCustomer(customer.getId(), customer.getName(), customer.getResellerRelationships()
                .stream().map(ResellerRelationship::partnerId).collect(Collectors.toUnmodifiableSet())));
        facts.addAll(customer.getMcaAcceptances());
        for (Subscription s : subscriptions) {
            facts.add(new TransferCandidate(s.getId(), s.getOfferId(), s.getOfferName(), s.getOfferKind(),
                    s.getStatus(), s.getBaseSubscriptionId(), inActiveTransfer.contains(s.getId())));
        }
        Evaluation evaluation = engine.evaluate(facts);
        List<TransferEligibility> answers = subscriptions.stream().filter(s -> s.getBaseSubscriptionId() == null)
                .map(base -> TransferEligibility.of(base.getId(), evaluation.reasonsFor(base.getId()),
                        subscriptions.stream().filter(s -> base.getId().equals(s.getBaseSubscriptionId()))
                                .map(Subscription::getId).toList()))
                .toList();
        return new Result(answers, evaluation);
    }

    public record Result(List<TransferEligibility> answers, Evaluation evaluation) {

        public String outcome() {
            long eligible = answers.stream().filter(TransferEligibility::eligible).count();
            return eligible == answers.size() ? "ELIGIBLE" : eligible == 0 ? "INELIGIBLE" : "PARTIALLY_ELIGIBLE";
        }
    }
}
