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
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A Camunda DMN peer: the decision table evaluated once per subscription; what DMN cannot express (partner-level
 * facts, add-ons reported under their base) is done in Java around it. One instance per engine configuration.
 */
final class DmnEligibility {

    /** The table in FEEL, evaluated by the engine Camunda 7.24 configures by default (the Scala FEEL engine). */
    static DmnEligibility defaultFeel() {
        return new DmnEligibility(DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine(),
                "/bench/transfer-eligibility.dmn");
    }

    /**
     * The same table with JUEL input expressions, input entries and output entries: each cell is parsed once, on its
     * first evaluation, and kept with the table (Camunda's {@code CachedExpressionSupport}).
     */
    static DmnEligibility juel() {
        return new DmnEligibility(config()
                .defaultInputExpressionExpressionLanguage(DefaultDmnEngineConfiguration.JUEL_EXPRESSION_LANGUAGE)
                .defaultInputEntryExpressionLanguage(DefaultDmnEngineConfiguration.JUEL_EXPRESSION_LANGUAGE)
                .defaultOutputEntryExpressionLanguage(DefaultDmnEngineConfiguration.JUEL_EXPRESSION_LANGUAGE)
                .buildEngine(), "/bench/transfer-eligibility-juel.dmn");
    }

    /**
     * The FEEL table with Camunda's legacy behaviour: JUEL input and output expressions, FEEL input entries by the
     * old JUEL-based FEEL engine, which caches each entry's translation to JUEL.
     */
    static DmnEligibility legacyFeel() {
        return new DmnEligibility(config().enableFeelLegacyBehavior(true).buildEngine(),
                "/bench/transfer-eligibility.dmn");
    }

    /** The FEEL table on the Scala FEEL engine with each expression parsed once ({@link CachingScalaFeelEngine}). */
    static DmnEligibility cachedFeel() {
        return new DmnEligibility(config().feelEngineFactory(CachingScalaFeelEngine::new).buildEngine(),
                "/bench/transfer-eligibility.dmn");
    }

    private static DefaultDmnEngineConfiguration config() {
        return (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    }

    private final DmnEngine engine;
    private final DmnDecision decision;

    private DmnEligibility(DmnEngine engine, String resource) {
        this.engine = engine;
        try (InputStream in = DmnEligibility.class.getResourceAsStream(resource)) {
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
