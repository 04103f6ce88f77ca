package com.csptransition;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.identity.Role;
import com.csptransition.identity.UserDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.client.RestClient;

/**
 * REST tests run against the whole service on an in-memory H2, loaded with the demo bundle through the API.
 * MockMvc reaches our controllers; Camunda's /engine-rest (a Jersey servlet) needs the real port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class ApiTestSupport {

    public static final String CONTOSO = "11111111-1111-4111-8111-111111111111";
    public static final String FABRIKAM = "22222222-2222-4222-8222-222222222222";
    public static final String NORTHWIND = "33333333-3333-4333-8333-333333333333";
    public static final String ADATUM = "44444444-4444-4444-8444-444444444444";
    public static final String TAILSPIN = "aaaaaaaa-0000-4000-8000-00000000000a";
    public static final String WIDE_WORLD = "bbbbbbbb-0000-4000-8000-00000000000b";
    public static final String COHO = "cccccccc-0000-4000-8000-00000000000c";
    public static final String LITWARE = "dddddddd-0000-4000-8000-00000000000d";
    public static final String PROSEWARE = "eeeeeeee-0000-4000-8000-00000000000e";
    public static final String PASSWORD = "pw";

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected UserDirectory users;
    @LocalServerPort
    protected int port;

    @Autowired
    ProcessEngine processEngine;

    /**
     * Camunda's REST APIs and webapps find the engine by name in a JVM-wide registry, where the test context started
     * last has put its own "default": this test's calls through the real port must reach this context's engine.
     */
    @BeforeEach
    void serveThisContextsEngine() {
        ProcessEngines.registerProcessEngine(processEngine);
    }

    @BeforeEach
    void loadDemoBundleAndUsers(@Autowired JdbcTemplate jdbc) throws Exception {
        // an import keeps the relationships and acceptances the API added (admin.CustomerMerge): each test starts
        // from the demo customers as the bundle has them
        for (JsonNode customer : new ObjectMapper().readTree(demoBundle()).get("customers")) {
            jdbc.update("delete from reseller_relationship where customer_id = ?", customer.get("id").asText());
            jdbc.update("delete from mca_acceptance where customer_id = ?", customer.get("id").asText());
        }
        mvc.perform(post("/v1/admin/import").with(admin()).contentType(MediaType.APPLICATION_JSON).content(demoBundle()))
                .andExpect(status().isOk());
        users.ensureUser("contoso-admin", PASSWORD, "Contoso admin agent", CONTOSO, "Contoso", List.of(Role.ADMIN_AGENT));
        users.ensureUser("contoso-sales", PASSWORD, "Contoso sales agent", CONTOSO, "Contoso", List.of(Role.SALES_AGENT));
        users.ensureUser("fabrikam-admin", PASSWORD, "Fabrikam admin agent", FABRIKAM, "Fabrikam", List.of(Role.ADMIN_AGENT));
        users.ensureUser("northwind-admin", PASSWORD, "Northwind admin agent", NORTHWIND, "Northwind", List.of(Role.ADMIN_AGENT));
        users.ensureUser("nobody", PASSWORD, "No organisation", null, null, List.of());
    }

    protected static String demoBundle() throws IOException {
        return new ClassPathResource("demo/demo-data.json").getContentAsString(StandardCharsets.UTF_8);
    }

    /** A client of the running server, authenticated as the user (null: anonymous). */
    protected RestClient client(String userId, String password) {
        RestClient.Builder builder = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }); // tests read every status
        return userId == null ? builder.build()
                : builder.defaultHeaders(h -> h.setBasicAuth(userId, password)).build();
    }

    protected static RequestPostProcessor admin() {
        return httpBasic("admin", "admin-secret");
    }

    protected static RequestPostProcessor as(String userId) {
        return httpBasic(userId, PASSWORD);
    }
}
