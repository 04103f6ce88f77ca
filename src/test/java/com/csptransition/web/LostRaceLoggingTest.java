package com.csptransition.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.ApiTestSupport;
import com.csptransition.postgres.AlsoOnPostgres;
import com.csptransition.transfer.TransferRequestRepository;
import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Two clients racing for the same thing is expected: the loser hears 409 and the log gets one INFO or WARN line,
 * not an ERROR with a stack trace an operator would chase.
 */
@AlsoOnPostgres
@ExtendWith(OutputCaptureExtension.class)
class LostRaceLoggingTest extends ApiTestSupport {

    static final String TRANSFERS = "/v1/customers/" + LITWARE + "/transfers";
    static final String BODY = "{\"sourcePartnerTenantId\": \"" + CONTOSO + "\", \"targetPartnerTenantId\": \"" + NORTHWIND
            + "\", \"lineItems\": [{\"subscriptionId\": \"litware-intune\"}]}";
    /** The test profile silences it; production logs it, so this test listens to it. */
    static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";

    @Autowired
    RuntimeService runtime;
    @Autowired
    TransferRequestRepository transfers;
    @Autowired
    LoggingSystem logging;

    @BeforeEach
    void listenToTheEngine() {
        logging.setLogLevel(ENGINE_CONTEXT, LogLevel.INFO);
    }

    @AfterEach
    void silenceTheEngineAndEndTheRequests() {
        logging.setLogLevel(ENGINE_CONTEXT, LogLevel.OFF);
        endRequests();
    }

    @Test
    void aLostRaceIsOneQuietLine(CapturedOutput output) throws Exception {
        int before = output.getAll().length();
        int conflicts = 0;
        for (int round = 0; round < 5; round++) {
            List<ResponseEntity<String>> creates = race(8, () -> client("contoso-admin", PASSWORD).post().uri(TRANSFERS)
                    .contentType(MediaType.APPLICATION_JSON).body(BODY).retrieve().toEntity(String.class));
            conflicts += lostRaces(creates);

            String id = JsonPath.read(creates.stream().filter(a -> a.getStatusCode().value() == 201).findFirst()
                    .orElseThrow().getBody(), "$.id");
            List<ResponseEntity<String>> acceptOrWithdraw = race(2,
                    () -> client("northwind-admin", PASSWORD).post().uri(TRANSFERS + "/" + id + "/accept").retrieve()
                            .toEntity(String.class),
                    () -> client("contoso-admin", PASSWORD).delete().uri(TRANSFERS + "/" + id).retrieve()
                            .toEntity(String.class));
            conflicts += lostRaces(acceptOrWithdraw);
            endRequests();
        }

        assertThat(conflicts).as("races lost").isPositive();
        List<String> lines = output.getAll().substring(before).lines().toList();
        assertThat(lines).noneMatch(line -> line.contains(" ERROR "));
        assertThat(lines).noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by:"));
        // what the request threads said, besides the servlet's first-request start and each request's own line
        // (RequestIdFilter) and the winners' business events (TransferEvents): one line per lost race
        List<String> requestLines = lines.stream().filter(line -> line.contains("-exec-"))
                .filter(line -> !line.contains("nitializ")).filter(line -> !line.contains("RequestIdFilter"))
                .filter(line -> !line.contains("TransferEvents")).toList();
        assertThat(requestLines).hasSize(conflicts).allMatch(line -> line.contains(" INFO ")
                && line.contains("lost a race, answered 409 TransferProcessedByAnotherRequest"));
    }

    private static int lostRaces(List<ResponseEntity<String>> answers) {
        return (int) answers.stream().filter(a -> a.getStatusCode().value() == 409
                && a.getBody().contains("TransferProcessedByAnotherRequest")).count();
    }

    private void endRequests() {
        runtime.createProcessInstanceQuery().list()
                .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test reset", true, true));
        transfers.deleteAll();
    }

    @SafeVarargs
    private static List<ResponseEntity<String>> race(int threads, Callable<ResponseEntity<String>>... work)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CyclicBarrier start = new CyclicBarrier(threads);
        try {
            List<Future<ResponseEntity<String>>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<ResponseEntity<String>> job = work[work.length == 1 ? 0 : i];
                futures.add(pool.submit(() -> {
                    start.await();
                    return job.call();
                }));
            }
            List<ResponseEntity<String>> answers = new ArrayList<>();
            for (Future<ResponseEntity<String>> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
