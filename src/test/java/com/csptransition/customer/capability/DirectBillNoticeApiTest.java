package com.csptransition.customer.capability;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Direct bill partners who do not meet the new requirements ... will be informed by Microsoft when their direct
 * bill capabilities will be restricted": Fabrikam (USD 120K) is told once, Contoso (USD 450K) is not.
 */
class DirectBillNoticeApiTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void emptyOutbox() {
        jdbc.update("delete from notification");
    }

    @Test
    void partnersBelowTheRequirementAreInformedOnce() throws Exception {
        mvc.perform(post("/v1/admin/direct-bill-notices").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].partnerTenantId").value(FABRIKAM))
                .andExpect(jsonPath("$[0].queued").value(true))
                .andExpect(jsonPath("$[0].message").value(containsString("below the USD 300000")));
        mvc.perform(post("/v1/admin/direct-bill-notices").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].queued").value(false));

        mvc.perform(get("/api/notifications").param("kind", "DIRECT_BILL_RESTRICTION").with(as("fabrikam-admin")))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].recipient").value("mpn@fabrikam.example"))
                .andExpect(jsonPath("$[0].body").value(containsString("existing subscriptions still renew")));
        mvc.perform(get("/api/notifications").param("kind", "DIRECT_BILL_RESTRICTION").with(as("contoso-admin")))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/decisions").param("subject", FABRIKAM).with(admin()))
                .andExpect(jsonPath("$[0].kind").value("DIRECT_BILL_REQUIREMENT"))
                .andExpect(jsonPath("$[0].outcome").value("BELOW"));
    }

    @Autowired
    DirectBillNotices notices;

    @Test
    void theDailyCheckInformsThemToo() throws Exception {
        notices.daily();

        mvc.perform(get("/api/notifications").param("kind", "DIRECT_BILL_RESTRICTION").with(admin()))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].organisation").value(FABRIKAM));
    }

    @Test
    void onlyAdministratorsRunTheCheck() throws Exception {
        mvc.perform(post("/v1/admin/direct-bill-notices").with(as("contoso-admin"))).andExpect(status().isForbidden());
    }
}
