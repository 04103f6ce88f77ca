package com.csptransition.enrollment;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.identity.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GET /api/enrollment/eligibility on the demo partners. */
class EnrollmentApiTest extends ApiTestSupport {

    @Test
    void fabrikamsGlobalAdminMayEnrollAndContosoAlreadyDid() throws Exception {
        users.ensureUser("fabrikam-global", PASSWORD, "Fabrikam global admin", FABRIKAM, "Fabrikam", List.of(Role.GLOBAL_ADMIN));
        users.ensureUser("contoso-global", PASSWORD, "Contoso global admin", CONTOSO, "Contoso", List.of(Role.GLOBAL_ADMIN));

        mvc.perform(get("/api/enrollment/eligibility").with(as("fabrikam-global")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.eligible").value(true));
        mvc.perform(get("/api/enrollment/eligibility").with(as("fabrikam-admin")))
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.reasons[0].code").value("GLOBAL_ADMIN_REQUIRED"));
        mvc.perform(get("/api/enrollment/eligibility").with(as("contoso-global")))
                .andExpect(jsonPath("$.reasons[0].code").value("ALREADY_INDIRECT_RESELLER"));
    }
}
