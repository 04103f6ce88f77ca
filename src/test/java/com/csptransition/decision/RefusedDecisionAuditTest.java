package com.csptransition.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.ApiTestSupport;
import com.csptransition.postgres.AlsoOnPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A refused action rolls back, but its decision is kept, and keeping it never needs a second connection while the
 * action holds its first: with more concurrent refusals than pooled connections nothing waits for the pool.
 */
@AlsoOnPostgres
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:small-pool;DB_CLOSE_DELAY=-1",
        "spring.datasource.hikari.maximum-pool-size=3", "spring.datasource.hikari.connection-timeout=2000"})
class RefusedDecisionAuditTest extends ApiTestSupport {

    static final int CLIENTS = 12;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentRefusalsAreAllAnsweredAndAudited() throws Exception {
        Integer before = jdbc.queryForObject("select count(*) from decision_record where outcome = 'REFUSED'", Integer.class);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CyclicBarrier start = new CyclicBarrier(CLIENTS);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < CLIENTS; i++) {
                // Fabrikam is below the direct bill requirement: the capability rules refuse every new purchase
                answers.add(pool.submit(() -> {
                    start.await();
                    return client("fabrikam-admin", PASSWORD).post().uri("/v1/customers/{id}/orders", PROSEWARE)
                            .contentType(MediaType.APPLICATION_JSON)
                            .body("{\"lineItems\": [{\"lineItemNumber\": 0, \"offerId\": \"O365-E5\", \"quantity\": 1,"
                                    + " \"offerKind\": \"LICENSE_BASED\"}]}")
                            .retrieve().toBodilessEntity().getStatusCode().value();
                }));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(422);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from decision_record where outcome = 'REFUSED'", Integer.class))
                .isEqualTo(before + CLIENTS);
    }
}
