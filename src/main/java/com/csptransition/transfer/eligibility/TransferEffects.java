package com.csptransition.transfer.eligibility;

import com.csptransition.customer.Subscription;
import com.csptransition.customer.TransferEffect;
import com.csptransition.decision.DecisionLog;
import com.csptransition.identity.Caller;
import com.csptransition.rules.Evaluation;
import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.RulesEngine;
import com.csptransition.web.ApiException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What a transfer does to each subscription it moves, as rules/transferable-offers.drl says (concern
 * transfer-effects): its rule answers with a reason per subscription whose code is the {@link TransferEffect}.
 */
@Component
public class TransferEffects {

    public static final String CONCERN = "transfer-effects";
    public static final String DECISION_KIND = "TRANSFER_EFFECTS";

    private final RulesEngine engine;
    private final DecisionLog decisions;

    public TransferEffects(RulesEngine engine, DecisionLog decisions) {
        this.engine = engine;
        this.decisions = decisions;
    }

    /**
     * The effect per subscription id, the decision recorded under the transfer request. A subscription whose offer the
     * rules no longer transfer (they changed since the request was made) is refused: 409 OfferNotTransferable.
     */
    public Map<String, TransferEffect> of(List<Subscription> moving, String transferId, Caller caller) {
        Evaluation evaluation = evaluate(moving);
        Map<String, Set<String>> answers = answers(evaluation);
        Map<String, TransferEffect> effects = new HashMap<>();
        List<Subscription> refused = new ArrayList<>();
        for (Subscription s : moving) {
            Set<String> answer = answers.getOrDefault(s.getId(), Set.of());
            if (answer.size() > 1) { // two TransferableOffer lines that disagree: the analyst's to fix
                throw new IllegalStateException("rules/transferable-offers.drl gives subscription " + s.getId()
                        + " several effects: " + answer);
            }
            if (answer.isEmpty()) {
                refused.add(s);
            } else {
                effects.put(s.getId(), TransferEffect.valueOf(answer.iterator().next()));
            }
        }
        List<String> subjects = new ArrayList<>(List.of(transferId));
        moving.forEach(s -> subjects.add(s.getId()));
        decisions.record(DECISION_KIND, caller, subjects, refused.isEmpty() ? "APPLIED" : "REFUSED", evaluation);
        if (!refused.isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "OfferNotTransferable", null, "Subscriptions " + refused.stream()
                    .map(s -> s.getId() + " (offer " + s.getOfferId() + ")").toList() + " can no longer be transferred:"
                    + " the transfer rules changed since the request was made.");
        }
        return effects;
    }

    /**
     * What a transfer would do to each subscription, recording nothing (the board's preview); a subscription the rules
     * do not transfer has no effect.
     */
    public Map<String, Set<String>> preview(List<Subscription> moving) {
        return answers(evaluate(moving));
    }

    private Evaluation evaluate(List<Subscription> moving) {
        List<Object> facts = new ArrayList<>(moving.size());
        moving.forEach(s -> facts.add(new TransferredSubscription(s.getId(), s.getOfferKind(), s.getOfferId())));
        return engine.evaluate(CONCERN, facts);
    }

    private static Map<String, Set<String>> answers(Evaluation evaluation) {
        return evaluation.reasons().stream().collect(Collectors.groupingBy(
                IneligibilityReason::subjectId, Collectors.mapping(IneligibilityReason::code, Collectors.toSet())));
    }
}
