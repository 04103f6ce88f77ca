package com.csptransition.rules.whatif;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.postgres.AlsoOnPostgres;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/** POST /api/rules/what-if: a draft is compiled and replayed on audited decisions; the serving rules never change. */
@AlsoOnPostgres
class WhatIfApiTest extends ApiTestSupport {

    static final String ACTIVE_RULE = "Only active subscriptions can be transferred";

    String eligibility;
    String servingVersion;

    @BeforeEach
    void anAuditedDecision() throws Exception {
        eligibility = Files.readString(Path.of("rules", "transfer-eligibility.drl"));
        servingVersion = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/rules").with(admin()))
                .andReturn().getResponse().getContentAsString(), "$.version");
        suspendedSubscriptionIsRefused();
    }

    @Test
    void aDraftThatDropsARuleNamesEveryDecisionItWouldChangeAndServesNothing() throws Exception {
        String draft = eligibility.replace("status != SubscriptionStatus.ACTIVE", "status == null");

        whatIf(Map.of("transfer-eligibility.drl", draft))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.servingVersion").value(servingVersion))
                .andExpect(jsonPath("$.changedFiles").value(hasItem("transfer-eligibility.drl")))
                .andExpect(jsonPath("$.concernsAffected[0]").value("transfer-eligibility"))
                .andExpect(jsonPath("$.concernsAffected.length()").value(1))
                .andExpect(jsonPath("$.scenarios.failures[?(@.file == 'scenarios/transfer-eligibility.md')].expected")
                        .value(hasItem(containsString("SUBSCRIPTION_NOT_ACTIVE"))))
                .andExpect(jsonPath("$.replay.replayed").value(greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.replay.decisions[*].concern").value(everyItem(
                        org.hamcrest.Matchers.is("transfer-eligibility"))))
                .andExpect(jsonPath("$.replay.decisions[0].changes[?(@.subject == 'tailspin-dynamics')].before[0]")
                        .value("SUBSCRIPTION_NOT_ACTIVE"))
                .andExpect(jsonPath("$.replay.decisions[0].changes[?(@.subject == 'tailspin-dynamics')].after.length()")
                        .value(0))
                .andExpect(jsonPath("$.replay.decisions[0].changes[?(@.subject == 'tailspin-dynamics')].rules[0]")
                        .value(ACTIVE_RULE));

        assertServingUnchanged();
    }

    @Test
    void aDraftOfAnotherConcernReplaysNoneOfTheseDecisions() throws Exception {
        String partnership = Files.readString(Path.of("rules", "partnership.drl"));

        whatIf(Map.of("partnership.drl", partnership.replace("cannot invite resellers.", "cannot invite.")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.concernsAffected").value(hasItem("partnership")))
                .andExpect(jsonPath("$.concernsAffected").value(org.hamcrest.Matchers.not(hasItem("transfer-eligibility"))));
    }

    @Test
    void aDraftsOwnScenarioRowRunsWithTheFolderOnesAndSaysWhereItFails() throws Exception {
        String scenarios = Files.readString(Path.of("rules", "scenarios", "partnership.md"));
        String withRow = scenarios.stripTrailing()
                + "\n| a direct bill partner may invite (a wrong row) | direct bill | | | may invite | none |\n";
        int line = (int) withRow.lines().count();

        whatIf(Map.of("scenarios/partnership.md", withRow))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.concernsAffected.length()").value(0))
                .andExpect(jsonPath("$.scenarios.failed").value(1))
                .andExpect(jsonPath("$.scenarios.failures[0].file").value("scenarios/partnership.md"))
                .andExpect(jsonPath("$.scenarios.failures[0].line").value(line))
                .andExpect(jsonPath("$.scenarios.failures[0].actual").value(containsString("INVITER_NOT_INDIRECT_PROVIDER")));
        whatIf(Map.of("partnership.drl", Files.readString(Path.of("rules", "partnership.drl"))))
                .andExpect(jsonPath("$.scenarios.failed").value(0))
                .andExpect(jsonPath("$.scenarios.rows").value(greaterThanOrEqualTo(100)));
    }

    @Test
    void aDraftThatDoesNotCompileIs422WithFileAndLineAndServesNothing() throws Exception {
        String broken = eligibility.replace("status != SubscriptionStatus.ACTIVE", "status != ");

        whatIf(Map.of("transfer-eligibility.drl", broken))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("RulesDoNotCompile"))
                .andExpect(jsonPath("$.errors[0]").value(containsString("transfer-eligibility.drl:")));

        assertServingUnchanged();
    }

    @Test
    void aDraftNamesRuleFilesOnly() throws Exception {
        whatIf(Map.of("../application.yaml", "x")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("InvalidInput"));
        mvc.perform(post("/api/rules/what-if").with(admin()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aPartnersUserCannotReplayDecisions() throws Exception {
        mvc.perform(post("/api/rules/what-if").with(as("contoso-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("transfer-eligibility.drl", eligibility))))
                .andExpect(status().isForbidden());
    }

    private ResultActions whatIf(Map<String, String> files) throws Exception {
        return mvc.perform(post("/api/rules/what-if").with(admin()).contentType(MediaType.APPLICATION_JSON)
                .content(json(files)));
    }

    private static String json(Map<String, String> files) throws Exception {
        return new ObjectMapper().writeValueAsString(Map.of("files", files));
    }

    private void assertServingUnchanged() throws Exception {
        mvc.perform(get("/api/rules").with(admin())).andExpect(jsonPath("$.version").value(servingVersion));
        suspendedSubscriptionIsRefused();
    }

    private void suspendedSubscriptionIsRefused() throws Exception {
        mvc.perform(get("/v1/customers/{id}/transferseligibility", TAILSPIN).param("transferType", "directtoindirect")
                        .with(as("contoso-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'tailspin-dynamics')].reasons[0].code").value("SUBSCRIPTION_NOT_ACTIVE"));
    }
}
