package com.csptransition.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.csptransition.ApiTestSupport;
import com.csptransition.customer.SubscriptionRepository;
import com.csptransition.transfer.TransferFixtures;
import com.csptransition.transfer.TransferRequestRepository;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** What operators see: the API's description, Actuator's health, metrics and prometheus, and who may see them. */
@AutoConfigureObservability // the Prometheus registry, which Spring Boot's tests leave out otherwise
class OpsEndpointsTest extends ApiTestSupport {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TransferRequestRepository transfers;
    @Autowired
    SubscriptionRepository subscriptions;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void freeTheSubscriptions() {
        TransferFixtures.reset(runtime, transfers, subscriptions, tx);
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, RequestPostProcessor who)
            throws Exception {
        return mvc.perform(who == null ? request : request.with(who)).andReturn().getResponse();
    }

    @Test
    void theApiDescriptionListsEveryEndpointOfOursWithBasicAuthAndProblems() throws Exception {
        MockHttpServletResponse docs = call(get("/v3/api-docs"), admin());
        assertThat(docs.getStatus()).as(docs.getContentAsString()).isEqualTo(200);
        String json = docs.getContentAsString();

        Set<String> described = new TreeSet<>();
        Map<String, Map<String, Object>> paths = JsonPath.read(json, "$.paths");
        paths.forEach((path, operations) -> operations.keySet().forEach(method -> described.add(
                method.toUpperCase() + " " + path)));
        Set<String> mapped = new TreeSet<>();
        handlerMapping.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("com.csptransition")
                    || ErrorController.class.isAssignableFrom(handler.getBeanType())
                    || handler.getBeanType().getPackageName().equals("com.csptransition.board.page")) {
                return; // the board's page is a web page (session login), not the API
            }
            info.getPatternValues().forEach(pattern -> info.getMethodsCondition().getMethods()
                    .forEach(method -> mapped.add(method.name() + " " + pattern)));
        });
        assertThat(mapped).isNotEmpty();
        assertThat(described).as("every endpoint of ours is described").containsAll(mapped);
        assertThat(described).as("Camunda's REST API is Camunda's").noneMatch(d -> d.contains("/engine-rest"));

        assertThat(JsonPath.<String>read(json, "$.components.securitySchemes.basicAuth.scheme")).isEqualTo("basic");
        assertThat(JsonPath.<List<Object>>read(json, "$.security[*].basicAuth")).hasSize(1);
        String create = "$.paths['/v1/customers/{customerId}/transfers'].post.responses";
        assertThat(JsonPath.<Map<String, Object>>read(json, create)).containsKeys("401", "403", "404", "409", "422");
        assertThat(JsonPath.<String>read(json, create + "['422'].content['application/problem+json'].schema.$ref"))
                .isEqualTo("#/components/schemas/Problem");
        assertThat(JsonPath.<Map<String, Object>>read(json, "$.components.schemas.Problem.properties"))
                .containsKeys("code", "reasons", "detail");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v3/api-docs", "/swagger-ui/index.html", "/actuator/metrics", "/actuator/prometheus",
            "/actuator/metrics/csp.transfers"})
    void operatorsPagesAreForAdministrators(String page) throws Exception {
        MockHttpServletResponse anonymous = call(get(page), null);
        MockHttpServletResponse partner = call(get(page), as("contoso-admin"));
        MockHttpServletResponse noOrganisation = call(get(page), as("nobody"));

        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getHeader("WWW-Authenticate")).startsWith("Basic");
        assertThat(partner.getStatus()).isEqualTo(403);
        assertThat(noOrganisation.getStatus()).isEqualTo(403);
        assertThat(partner.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(call(get(page), admin()).getStatus()).isEqualTo(200);
    }

    @Test
    void healthShowsItsStatusToAnyoneAndItsDetailsToAdministrators() throws Exception {
        MockHttpServletResponse anonymous = call(get("/actuator/health"), null);
        MockHttpServletResponse partner = call(get("/actuator/health"), as("contoso-admin"));
        MockHttpServletResponse administrator = call(get("/actuator/health"), admin());

        assertThat(anonymous.getStatus()).isEqualTo(200);
        assertThat(anonymous.getContentAsString()).contains("\"status\"").doesNotContain("components", "rules");
        assertThat(partner.getContentAsString()).doesNotContain("components");
        String details = administrator.getContentAsString();
        assertThat(JsonPath.<String>read(details, "$.components.db.status")).isEqualTo("UP");
        assertThat(JsonPath.<String>read(details, "$.components.processEngine.status")).isEqualTo("UP");
        assertThat(JsonPath.<String>read(details, "$.components.rules.details.version")).isNotBlank();
        // the tests run without a job executor: switched off by configuration is healthy, and says so
        assertThat(JsonPath.<String>read(details, "$.components.jobExecutor.status")).isEqualTo("UP");
        assertThat(JsonPath.<Boolean>read(details, "$.components.jobExecutor.details.enabled")).isFalse();
    }

    @Test
    void prometheusShowsTheBusinessMetersAfterADecision() throws Exception {
        // a decision, a transfer created, accepted and applied, a rule reload
        assertThat(call(get("/v1/customers/{id}/transferseligibility", COHO).param("transferType", "directtoindirect")
                .param("targetPartnerTenantId", NORTHWIND), as("contoso-admin")).getStatus()).isEqualTo(200);
        MockHttpServletResponse created = call(post("/v1/customers/{id}/transfers", LITWARE)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"sourcePartnerTenantId": "%s", "targetPartnerTenantId": "%s",
                         "lineItems": [{"subscriptionId": "litware-intune"}]}""".formatted(CONTOSO, NORTHWIND)),
                as("contoso-admin"));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        String transfer = JsonPath.read(created.getContentAsString(), "$.id");
        MockHttpServletResponse accepted = call(post("/v1/customers/{id}/transfers/{t}/accept", LITWARE, transfer),
                as("northwind-admin"));
        assertThat(accepted.getStatus()).as(accepted.getContentAsString()).isEqualTo(200);
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(transfer).singleResult().getId();
        for (Job job : management.createJobQuery().processInstanceId(process).executable().list()) {
            management.executeJob(job.getId());
        }
        assertThat(call(post("/api/rules/reload"), admin()).getStatus()).isEqualTo(200);

        String scraped = call(get("/actuator/prometheus"), admin()).getContentAsString();

        assertThat(scraped).containsPattern("csp_decisions_total\\{[^}]*kind=\"[^\"]+\"[^}]*outcome=\"[^\"]+\"")
                .containsPattern("(?m)^csp_transfers\\{[^}]*status=\"Complete\"[^}]*} [1-9]")
                .contains("csp_transfers_completion_seconds_count")
                .contains("csp_outbox_backlog", "csp_outbox_failing")
                .contains("csp_tasks_open", "csp_tasks_oldest_age_seconds")
                .containsPattern("(?m)^csp_rules_reloads_total(\\{[^}]*})? [1-9]");
    }
}
