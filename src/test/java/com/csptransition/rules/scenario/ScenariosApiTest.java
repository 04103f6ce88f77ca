package com.csptransition.rules.scenario;

import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** POST /api/rules/scenarios: every scenario file against the serving rules, for administrators. */
class ScenariosApiTest extends ApiTestSupport {

    @Test
    void runsEveryScenarioFileAgainstTheServingRules() throws Exception {
        mvc.perform(post("/api/rules/scenarios").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rulesVersion").isNotEmpty())
                .andExpect(jsonPath("$.rows").value(greaterThan(100)))
                .andExpect(jsonPath("$.failed").value(0))
                .andExpect(jsonPath("$.failures").isEmpty())
                .andExpect(jsonPath("$.results").doesNotExist());
    }

    @Test
    void isForAdministrators() throws Exception {
        mvc.perform(post("/api/rules/scenarios").with(as("contoso-admin")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
