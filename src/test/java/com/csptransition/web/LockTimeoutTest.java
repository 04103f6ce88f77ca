package com.csptransition.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.ApiTestSupport;
import com.csptransition.postgres.AlsoOnPostgres;
import com.csptransition.postgres.PostgresTestDatabases;
import com.csptransition.transfer.TransferRequestRepository;
import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A request that waits longer than the database's lock timeout for a row another transaction holds (the transfer
 * request, locked by our code, or a row of the engine's) lost a race: 409 and one INFO line, no ERROR. H2 waits 1 s by
 * default; PostgreSQL waits for ever unless the operator sets lock_timeout (then 55P03, "lock not available"), as
 * this test does on its own database.
 */
@AlsoOnPostgres
@ExtendWith(OutputCaptureExtension.class)
class LockTimeoutTest extends ApiTestSupport {

    static final String TRANSFERS = "/v1/customers/" + LITWARE + "/transfers";
    static final String BODY = "{\"sourcePartnerTenantId\": \"" + CONTOSO + "\", \"targetPartnerTenantId\": \"" + NORTHWIND
            + "\", \"lineItems\": [{\"subscriptionId\": \"litware-intune\"}]}";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TransferRequestRepository transfers;

    @BeforeEach
    void waitASecondForALock() throws SQLException {
        lockTimeout("set lock_timeout = '1s'");
    }

    @AfterEach
    void waitForEverAgainAndEndTheRequests() throws SQLException {
        lockTimeout("reset lock_timeout");
        runtime.createProcessInstanceQuery().list()
                .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test reset", true, true));
        transfers.deleteAll();
    }

    @Test
    void aRequestThatWaitsTooLongForALockedRequestIsALostRace(CapturedOutput output) throws Exception {
        String id = createTransfer();
        // our own lock: TransferRequests takes it first, through Hibernate
        assertAcceptIsALostRaceWhileLocked("select id from transfer_request where id = ? for update", id, output);
    }

    @Test
    void aRequestThatWaitsTooLongForALockedTaskIsALostRace(CapturedOutput output) throws Exception {
        String id = createTransfer();
        // the engine's: completing the review deletes its task row, in Camunda's own SQL (untranslated)
        assertAcceptIsALostRaceWhileLocked("select t.id_ from act_ru_task t join act_ru_execution e"
                + " on e.id_ = t.proc_inst_id_ where e.business_key_ = ? for update of t", id, output);
    }

    private String createTransfer() {
        ResponseEntity<String> created = client("contoso-admin", PASSWORD).post().uri(TRANSFERS)
                .contentType(MediaType.APPLICATION_JSON).body(BODY).retrieve().toEntity(String.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return JsonPath.read(created.getBody(), "$.id");
    }

    private void assertAcceptIsALostRaceWhileLocked(String lockingQuery, String id, CapturedOutput output)
            throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        int before = output.getAll().length();
        ResponseEntity<String> accept;
        try {
            Future<?> holding = holder.submit(() -> tx.executeWithoutResult(status -> {
                assertThat(jdbc.queryForList(lockingQuery, String.class, id)).hasSize(1);
                locked.countDown();
                await(release);
            }));
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            accept = client("northwind-admin", PASSWORD).post().uri(TRANSFERS + "/" + id + "/accept").retrieve()
                    .toEntity(String.class);
            release.countDown();
            holding.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            holder.shutdownNow();
        }

        assertThat(accept.getStatusCode().value()).as(accept.getBody()).isEqualTo(409);
        assertThat(accept.getBody()).contains("TransferProcessedByAnotherRequest");
        List<String> lines = output.getAll().substring(before).lines().toList();
        assertThat(lines).noneMatch(line -> line.contains(" ERROR ") || line.contains(" WARN "));
        assertThat(lines).noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by:"));
        assertThat(lines).filteredOn(line -> line.contains("lost a race")).singleElement()
                .matches(line -> line.contains(" INFO ") && line.contains("answered 409 TransferProcessedByAnotherRequest"));
        // nothing changed: once the lock is free, the provider accepts
        assertThat(client("northwind-admin", PASSWORD).post().uri(TRANSFERS + "/" + id + "/accept").retrieve()
                .toEntity(String.class).getStatusCode().value()).isEqualTo(200);
    }

    /** On PostgreSQL, for the connections the service takes from now on (its pool is renewed). */
    private void lockTimeout(String setting) throws SQLException {
        if (PostgresTestDatabases.active()) {
            String database = jdbc.queryForObject("select current_database()", String.class);
            jdbc.execute("alter database " + database + " " + setting);
            dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
