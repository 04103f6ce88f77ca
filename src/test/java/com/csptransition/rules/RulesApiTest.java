package com.csptransition.rules;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** GET /api/rules and POST /api/rules/reload on a copy of rules/ that the test may break. */
class RulesApiTest extends ApiTestSupport {

    static final Path RULES = copyOfRules();

    @DynamicPropertySource
    static void rulesFolder(DynamicPropertyRegistry registry) {
        registry.add("csp.rules.directory", RULES::toString);
    }

    static final String CONCERNS = read(RULES.resolve("concerns.yaml"));

    @AfterEach
    void removeBrokenFile() throws IOException {
        Files.deleteIfExists(RULES.resolve("broken.drl"));
        Files.writeString(RULES.resolve("concerns.yaml"), CONCERNS);
    }

    @Test
    void showsTheLoadedVersionFilesAndRules() throws Exception {
        mvc.perform(get("/api/rules").with(as("contoso-sales")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").isNotEmpty())
                .andExpect(jsonPath("$.files").value(hasItem("transfer-eligibility.drl")))
                .andExpect(jsonPath("$.rules").value(hasItem("Only active subscriptions can be transferred")));
    }

    @Test
    void aReloadThatDoesNotCompileIs422WithFileAndLineAndTheOldRulesKeepServing() throws Exception {
        String version = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/rules").with(admin()))
                .andReturn().getResponse().getContentAsString(), "$.version");
        Files.writeString(RULES.resolve("broken.drl"), """
                package com.csptransition.transfer.eligibility;

                rule "Unfinished"
                when
                    TransferCandidate( status == )
                then
                end
                """);
        Files.writeString(RULES.resolve("concerns.yaml"), CONCERNS + "broken: [broken.drl]\n");

        mvc.perform(post("/api/rules/reload").with(admin()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("RulesDoNotCompile"))
                .andExpect(jsonPath("$.errors[0]").value(containsString("broken.drl:5:")));

        mvc.perform(get("/api/rules").with(admin())).andExpect(jsonPath("$.version").value(version));
        mvc.perform(get("/v1/customers/{id}/transferseligibility", TAILSPIN).param("transferType", "directtoindirect")
                        .with(as("contoso-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'tailspin-dynamics')].reasons[0].code").value("SUBSCRIPTION_NOT_ACTIVE"));
    }

    @Test
    void anAnalystsEditServesAfterAReloadWithoutARebuild() throws Exception {
        Path file = RULES.resolve("transfer-eligibility.drl");
        String original = Files.readString(file);
        try {
            Files.writeString(file, original.replace("\" is in state: \"", "\" cannot move while \""));
            mvc.perform(post("/api/rules/reload").with(admin())).andExpect(status().isOk());

            mvc.perform(get("/v1/customers/{id}/transferseligibility", TAILSPIN).param("transferType", "directtoindirect")
                            .with(as("contoso-admin")))
                    .andExpect(jsonPath("$[?(@.id == 'tailspin-dynamics')].reason")
                            .value(hasItem("Subscription: tailspin-dynamics cannot move while SUSPENDED.")));
        } finally {
            Files.writeString(file, original);
            mvc.perform(post("/api/rules/reload").with(admin())).andExpect(status().isOk());
        }
    }

    @Test
    void everyVersionThatServedIsKeptWithWhoAndWhenAndTwoVersionsDiffFileByFile() throws Exception {
        String before = version();
        Path file = RULES.resolve("partnership.drl");
        String original = Files.readString(file);
        try {
            Files.writeString(file, original.replace("cannot invite resellers.", "cannot invite resellers (edited)."));
            mvc.perform(post("/api/rules/reload").with(admin())).andExpect(status().isOk())
                    .andExpect(jsonPath("$.loadedBy").value("admin"));
            String after = version();

            mvc.perform(get("/api/rules/versions").with(as("contoso-admin")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[0].version").value(after))
                    .andExpect(jsonPath("$[0].loadedBy").value("admin"))
                    .andExpect(jsonPath("$[0].serving").value(true))
                    .andExpect(jsonPath("$[?(@.version == '%s')].serving".formatted(before)).value(hasItem(false)));
            mvc.perform(get("/api/rules/versions/{a}/diff/{b}", before, after).with(as("contoso-admin")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.files.length()").value(1))
                    .andExpect(jsonPath("$.files[0].file").value("partnership.drl"))
                    .andExpect(jsonPath("$.files[0].change").value("CHANGED"))
                    .andExpect(jsonPath("$.files[0].diff").value(containsString(
                            "+        $provider.name() + \" is not an indirect provider and cannot invite resellers (edited).\"));")))
                    .andExpect(jsonPath("$.files[0].diff").value(containsString("--- a/partnership.drl")));
            mvc.perform(get("/api/rules/versions/{a}/diff/{b}", before, "0000000000000000").with(as("contoso-admin")))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("RuleVersionNotFound"));
        } finally {
            Files.writeString(file, original);
            mvc.perform(post("/api/rules/reload").with(admin())).andExpect(status().isOk());
        }
    }

    private String version() throws Exception {
        return com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/rules").with(admin()))
                .andReturn().getResponse().getContentAsString(), "$.version");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copyOfRules() {
        try {
            Path copy = Files.createTempDirectory("rules-");
            try (var files = Files.list(Path.of("rules"))) {
                for (Path f : files.toList()) {
                    Files.copy(f, copy.resolve(f.getFileName()));
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
