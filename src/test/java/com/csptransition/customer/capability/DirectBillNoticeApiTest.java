package com.csptransition.customer.capability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.postgres.AlsoOnPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Direct bill partners who do not meet the new requirements ... will be informed by Microsoft when their direct
 * bill capabilities will be restricted": Fabrikam (USD 120K) is told once, Contoso (USD 450K) is not.
 */
@AlsoOnPostgres
class DirectBillNoticeApiTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void emptyOutboxAndFreeTheDailyLock() {
        jdbc.update("delete from notification");
        // freed as an operator would: ShedLock remembers that the row exists, so a deleted row stays locked
        jdbc.update("update shedlock set lock_until = locked_at");
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
    void twoNodesWhoseSchedulesFireTogetherRunTheCheckOnce() throws Exception {
        long directBillPartners = jdbc.queryForObject(
                "select count(*) from partner_program where program = 'DIRECT_BILL'", Long.class);
        long before = audited();

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(nodes.submit(() -> {
                    start.await();
                    notices.daily();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS); // the one that skipped did not fail either
            }
        } finally {
            nodes.shutdownNow();
        }

        assertThat(audited() - before).as("one decision per direct bill partner: one run").isEqualTo(directBillPartners);
        assertThat(jdbc.queryForObject("select count(*) from notification where kind = 'DIRECT_BILL_RESTRICTION'",
                Long.class)).isOne();
        // held on after the run, so that a node whose schedule fires a little later skips too
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'direct-bill-notices'"
                + " and lock_until > locked_at", Long.class)).isOne();
        notices.daily();
        assertThat(audited() - before).isEqualTo(directBillPartners);
    }

    private long audited() {
        return jdbc.queryForObject("select count(*) from decision_record where kind = 'DIRECT_BILL_REQUIREMENT'",
                Long.class);
    }

    @Test
    void onlyAdministratorsRunTheCheck() throws Exception {
        mvc.perform(post("/v1/admin/direct-bill-notices").with(as("contoso-admin"))).andExpect(status().isForbidden());
    }
}
