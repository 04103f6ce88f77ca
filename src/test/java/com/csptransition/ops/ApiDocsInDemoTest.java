package com.csptransition.ops;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** In the demo, any signed-in user may read the API's description; the metrics stay the administrators'. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class ApiDocsInDemoTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anyDemoUserReadsTheApiDescription() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic("contoso-sales", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/swagger-ui/index.html").with(httpBasic("contoso-sales", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/metrics").with(httpBasic("contoso-sales", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(httpBasic("demo", "demo"))).andExpect(status().isOk());
    }
}
