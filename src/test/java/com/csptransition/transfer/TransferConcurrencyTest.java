package com.csptransition.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.postgres.AlsoOnPostgres;
import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Races over HTTP: exactly one wins each, nothing is duplicated, the loser hears 409 (or the rules' 422). */
@AlsoOnPostgres
class TransferConcurrencyTest extends TransferTestSupport {

    static final int THREADS = 8;
    static final String TRANSFERS = "/v1/customers/" + LITWARE + "/transfers";



    @Test
    void manyClientsPutTheSameSubscriptionIntoRequestsAndOneWins() throws Exception {
        String body = TransferApiTest.body(CONTOSO, NORTHWIND, "litware-intune");

        List<ResponseEntity<String>> answers = race(THREADS, () -> client("contoso-admin", PASSWORD).post().uri(TRANSFERS)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class));

        assertThat(answers).filteredOn(a -> a.getStatusCode().value() == 201).hasSize(1);
        assertThat(answers).filteredOn(a -> a.getStatusCode().value() != 201).allSatisfy(loser -> {
            assertThat(loser.getStatusCode().value()).isIn(409, 422);
            assertThat(loser.getBody()).containsAnyOf("TransferProcessedByAnotherRequest", "SUBSCRIPTION_IN_ACTIVE_TRANSFER");
        });
        assertThat(transfers.count()).isEqualTo(1);
        assertThat(transfers.findSubscriptionsInActiveTransfer(List.of("litware-intune"))).hasSize(1);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(1);
    }

    @Test
    void acceptAndWithdrawOfTheSameRequestNeverBothWin() throws Exception {
        for (int round = 0; round < 10; round++) {
            String created = client("contoso-admin", PASSWORD).post().uri(TRANSFERS).contentType(MediaType.APPLICATION_JSON)
                    .body(TransferApiTest.body(CONTOSO, NORTHWIND, "litware-intune")).retrieve().body(String.class);
            String id = JsonPath.read(created, "$.id");

            List<ResponseEntity<String>> answers = race(2, (Callable<ResponseEntity<String>>[]) new Callable[] {
                    () -> client("northwind-admin", PASSWORD).post().uri(TRANSFERS + "/" + id + "/accept").retrieve()
                            .toEntity(String.class),
                    () -> client("contoso-admin", PASSWORD).delete().uri(TRANSFERS + "/" + id).retrieve()
                            .toEntity(String.class)});

            ResponseEntity<String> accept = answers.get(0);
            ResponseEntity<String> withdraw = answers.get(1);
            assertThat(List.of(accept.getStatusCode().value(), withdraw.getStatusCode().value()))
                    .as("round %d: accept %s, withdraw %s", round, accept.getBody(), withdraw.getBody())
                    .containsAnyOf(200, 204).contains(409);
            TransferRequest after = transfers.findById(id).orElseThrow();
            if (withdraw.getStatusCode().value() == 204) {
                assertThat(after.getStatus()).isEqualTo(TransferStatus.Canceled);
                assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
            } else {
                assertThat(after.getStatus()).isEqualTo(TransferStatus.Active);
                assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).activityIdIn("applyTransfer")
                        .count()).isOne();
            }
            TransferFixtures.reset(runtime, transfers, subscriptions, tx);
        }
    }

    @SafeVarargs
    private static <T> List<T> race(int threads, Callable<T>... work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CyclicBarrier start = new CyclicBarrier(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<T> job = work[work.length == 1 ? 0 : i];
                futures.add(pool.submit(() -> {
                    start.await();
                    return job.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
