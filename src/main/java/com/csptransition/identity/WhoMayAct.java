package com.csptransition.identity;

import com.csptransition.decision.DecisionLog;
import com.csptransition.rules.Evaluation;
import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.RulesEngine;
import com.csptransition.web.ApiException;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Who may take an action: rules/who-may-act.drl decides from the caller's roles and its side of the record. Java
 * keeps only identity: a caller of no organisation is refused before the rules are asked. Refusals are audited.
 */
@Service
public class WhoMayAct {

    public static final String CONCERN = "who-may-act";
    public static final String DECISION_KIND = "WHO_MAY_ACT";

    private final RulesEngine engine;
    private final DecisionLog decisions;

    public WhoMayAct(RulesEngine engine, DecisionLog decisions) {
        this.engine = engine;
        this.decisions = decisions;
    }

    /** 403, with every reason, unless the rules let the caller take the action. */
    public void require(Caller caller, Action action) {
        require(caller, action, null);
    }

    /** 403, with every reason, unless the rules let the caller take the action on its side of the record. */
    public void require(Caller caller, Action action, Side side) {
        Evaluation evaluation = evaluate(caller, action, side);
        if (!evaluation.reasons().isEmpty()) {
            decisions.recordRefusal(DECISION_KIND, caller, List.of(caller.organisationId()), evaluation);
            throw ApiException.forbidden(evaluation.reasons());
        }
    }

    /** The rules' reasons against the caller taking the action (none: it may), for an answer that shows them. */
    public List<IneligibilityReason> reasons(Caller caller, Action action) {
        Evaluation evaluation = evaluate(caller, action, null);
        if (!evaluation.reasons().isEmpty()) {
            decisions.record(DECISION_KIND, caller, List.of(caller.organisationId()), "REFUSED", evaluation);
        }
        return evaluation.reasons();
    }

    private Evaluation evaluate(Caller caller, Action action, Side side) {
        caller.requireOrganisation();
        return engine.evaluate(CONCERN, List.of(Actor.of(caller), new RequestedAction(action, side)));
    }
}
