package com.csptransition.bench;

import com.csptransition.customer.McaAcceptance;
import com.csptransition.customer.McaMethod;
import com.csptransition.customer.ResellerRelationship;
import com.csptransition.customer.Subscription;
import com.csptransition.partner.Program;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The peer a Camunda user would pick: the DMN decision table evaluated once per subscription; what DMN cannot
 * express (partner-level facts, add-ons reported under their base) is done in Java around it.
 */
final class DmnEligibility {

    private final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final DmnDecision decision;

    DmnEligibility() {
        try (InputStream in = DmnEligibility.class.getResourceAsStream("/bench/transfer-eligibility.dmn")) {
            decision = engine.parseDecision("transferEligibility", in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Codes per base subscription, add-on reasons folded into their base. */
    Map<String, List<String>> evaluate(EligibilityFixture f) {
        boolean enrolled = f.partner.getPrograms().containsAll(List.of(Program.DIRECT_BILL, Program.INDIRECT_RESELLER));
        boolean targetIsProvider = f.provider.getPrograms().contains(Program.INDIRECT_PROVIDER);
        boolean moved = f.customer.getResellerRelationships().stream().map(ResellerRelationship::partnerId)
                .anyMatch(f.provider.getId()::equals);
        String mcaState = mcaState(f);
        Map<String, List<String>> codes = new LinkedHashMap<>();
        for (Subscription s : f.subscriptions) {
            VariableMap variables = Variables.createVariables()
                    .putValue("partnerEnrolled", enrolled).putValue("targetIsProvider", targetIsProvider)
                    .putValue("customerMoved", moved).putValue("mcaState", mcaState)
                    .putValue("offerKind", s.getOfferKind().name()).putValue("offerId", s.getOfferId())
                    .putValue("status", s.getStatus().name())
                    .putValue("inActiveTransfer", f.inActiveTransfer.containsKey(s.getId()))
                    .putValue("addOn", s.getBaseSubscriptionId() != null);
            List<String> found = new ArrayList<>();
            for (DmnDecisionRuleResult rule : engine.evaluateDecisionTable(decision, variables)) {
                found.add(rule.getEntry("code"));
            }
            String owner = s.getBaseSubscriptionId() == null ? s.getId() : s.getBaseSubscriptionId();
            List<String> ownerCodes = codes.computeIfAbsent(owner, k -> new ArrayList<>());
            if (s.getBaseSubscriptionId() == null) {
                ownerCodes.addAll(found);
            } else if (!found.isEmpty()) {
                ownerCodes.add("ADDON_NOT_TRANSFERABLE");
            }
        }
        return codes;
    }

    private static String mcaState(EligibilityFixture f) {
        List<McaAcceptance> acceptances = List.copyOf(f.customer.getMcaAcceptances());
        if (acceptances.isEmpty()) {
            return "NONE";
        }
        boolean valid = acceptances.stream().anyMatch(a -> a.method() == McaMethod.M365_ADMIN_CENTER
                || a.partnerId().equals(f.provider.getId()));
        return valid ? "OK" : "ATTESTATION_NOT_RETAINED";
    }
}
