package com.csptransition.customer.capability;

import com.csptransition.decision.DecisionLog;
import com.csptransition.identity.Caller;
import com.csptransition.partner.Partner;
import com.csptransition.rules.Evaluation;
import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.RulesEngine;
import com.csptransition.web.ApiException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * What every action endpoint asks first: may this partner do these things for this customer? The capability and
 * direct bill requirement rules decide; each decision is recorded.
 */
@Service
public class CapabilityRules {

    public static final String DECISION_KIND = "CUSTOMER_CAPABILITIES";

    private final RulesEngine engine;
    private final DecisionLog decisions;
    private final Clock clock;

    public CapabilityRules(RulesEngine engine, DecisionLog decisions, Clock clock) {
        this.engine = engine;
        this.decisions = decisions;
        this.clock = clock;
    }

    /**
     * The rules' verdict on the capabilities; extra facts (a named reseller) join the customer (null: none, the
     * question is about the partner alone) and the partner.
     */
    public Evaluation evaluate(Partner partner, CapabilityFacts.CapabilityCustomer customer,
            Collection<Capability> asked, Object... extra) {
        List<Object> facts = new ArrayList<>();
        facts.add(actingPartner(partner));
        if (customer != null) {
            facts.add(customer);
        }
        asked.stream().map(CapabilityFacts.RequestedCapability::new).forEach(facts::add);
        facts.addAll(List.of(extra));
        return engine.evaluate("customer-capabilities", facts);
    }

    /** rules/direct-bill-requirements.drl alone: whether the partner meets the direct bill requirements. */
    public Evaluation requirements(Partner partner) {
        return engine.evaluate("direct-bill-requirements", List.of(actingPartner(partner),
                new CapabilityFacts.RequirementCheck()));
    }

    private CapabilityFacts.ActingPartner actingPartner(Partner partner) {
        return new CapabilityFacts.ActingPartner(partner.getId(), partner.getName(), partner.getPrograms(),
                partner.getTrailingTwelveMonthRevenueUsd(), LocalDate.now(clock));
    }

    /** 422 with every reason unless the rules allow all the capabilities the action needs. */
    public void require(Caller caller, Partner partner, CapabilityFacts.CapabilityCustomer customer,
            Collection<Capability> needed, Object... extra) {
        Evaluation evaluation = evaluate(partner, customer, needed, extra);
        List<IneligibilityReason> refused = evaluation.reasons().stream()
                .filter(r -> needed.stream().anyMatch(c -> c.name().equals(r.subjectId()))).toList();
        decisions.record(DECISION_KIND, caller, Stream.of(customer.id(), partner.getId())
                        .filter(Objects::nonNull).toList(),
                refused.isEmpty() ? "ALLOWED" : "REFUSED", evaluation);
        if (!refused.isEmpty()) {
            throw ApiException.refused("CapabilityNotAllowed", refused);
        }
    }
}
