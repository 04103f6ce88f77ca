package com.csptransition.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.decision.DecisionFacts;
import com.csptransition.decision.DecisionRecord;
import com.csptransition.decision.DecisionRepository;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Each endpoint's answer comes from its concern's files only (rules/concerns.yaml), never another concern's. */
class ScopedDecisionsTest extends ApiTestSupport {

    @Autowired
    DecisionRepository decisions;
    @Autowired
    RulesEngine engine;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DecisionFacts facts;

    @Test
    void theMcaStatusOfAResellerThatIsNotAProviderHasNoTransferEligibilityAction() throws Exception {
        // Contoso resells Litware but is no indirect provider: transfer eligibility would say TARGET_NOT_INDIRECT_PROVIDER
        mvc.perform(get("/v1/customers/{id}/agreements/status", LITWARE).param("indirectProviderTenantId", CONTOSO)
                        .with(as("northwind-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actions[*].code").value(not(hasItem("TARGET_NOT_INDIRECT_PROVIDER"))));
    }

    @Test
    void everyAuditedDecisionFiredOnlyTheRulesOfItsConcern() throws Exception {
        // one decision of each kind the read-only endpoints make, beside those other tests left in the audit
        mvc.perform(get("/v1/customers/{id}/transferseligibility", TAILSPIN).param("transferType", "directtoindirect")
                .param("targetPartnerTenantId", NORTHWIND).with(as("contoso-admin"))).andExpect(status().isOk());
        mvc.perform(get("/v1/customers/{id}/agreements/status", LITWARE).param("indirectProviderTenantId", CONTOSO)
                .with(as("northwind-admin"))).andExpect(status().isOk());
        mvc.perform(get("/v1/customers/{id}", COHO).with(as("contoso-admin"))).andExpect(status().isOk());
        mvc.perform(get("/api/enrollment/eligibility").with(as("fabrikam-admin"))).andExpect(status().isOk());
        mvc.perform(post("/v1/admin/direct-bill-notices").with(admin())).andExpect(status().isOk());

        transactions.executeWithoutResult(status -> theAuditShowsOwnRulesOnly());
    }

    private void theAuditShowsOwnRulesOnly() {
        List<DecisionRecord> audited = decisions.findAll().stream().filter(d -> d.getConcern() != null).toList();

        assertThat(audited).extracting(DecisionRecord::getConcern).contains("transfer-eligibility",
                "customer-agreement", "customer-capabilities", "enrollment", "direct-bill-requirements");
        RuleSet rules = engine.current();
        assertThat(audited).allSatisfy(decision -> {
            List<String> own = rules.ruleNames(decision.getConcern());
            assertThat(decision.getRulesFired()).as("rules fired by %s decision %s", decision.getConcern(),
                    decision.getId()).isSubsetOf(own);
            assertThat(decision.getReasons()).as("reasons of %s decision %s", decision.getConcern(), decision.getId())
                    .allSatisfy(reason -> assertThat(own).contains(reason.rule()));
        });
        // the facts kept for what-if read back as they were: the same rules on them give the same reasons
        assertThat(audited).filteredOn(d -> d.getRulesVersion().equals(rules.version())).isNotEmpty()
                .allSatisfy(decision -> assertThat(rules.evaluate(decision.getConcern(), facts.read(decision.getFacts()))
                        .reasons()).extracting(IneligibilityReason::subjectId, IneligibilityReason::code)
                        .as("replayed %s decision %s", decision.getConcern(), decision.getId())
                        .containsExactlyInAnyOrderElementsOf(decision.getReasons().stream()
                                .map(r -> org.assertj.core.groups.Tuple.tuple(r.subjectId(), r.code())).toList()));
    }
}
