package com.csptransition.bench;

import com.csptransition.CspTransitionApplication;
import com.csptransition.admin.ImportBundle;
import com.csptransition.admin.ImportService;
import com.csptransition.customer.AcquisitionKind;
import com.csptransition.customer.McaMethod;
import com.csptransition.customer.OfferKind;
import com.csptransition.customer.SubscriptionRepository;
import com.csptransition.customer.SubscriptionStatus;
import com.csptransition.transfer.TransferRequest;
import com.csptransition.transfer.TransferRequestRepository;
import com.csptransition.transfer.process.TransferProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Complete transfer lifecycles (create → accept → transfer → provider verifies → partner verifies), N of them with
 * several concurrent clients: through our REST API, then the same BPMN driven by the bare Camunda Java API on the
 * same H2. Prints both throughputs and their ratio. The job that applies a transfer is executed by the client in
 * both cases (job executor off), so both wait for it the same way.
 *
 * <p>Argument: "lifecycles,clients" (default 400,4).
 */
public final class LifecycleBench {

    static final String PARTNER = "11111111-1111-4111-8111-111111111111";
    static final String PROVIDER = "33333333-3333-4333-8333-333333333333";
    static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    static final int ROUNDS = 4;

    public static void main(String[] args) throws Exception {
        String[] numbers = args.length > 0 && args[0].matches("\\d+(,\\d+)?") ? args[0].split(",") : new String[0];
        int lifecycles = numbers.length > 0 ? Integer.parseInt(numbers[0]) : 400;
        int clients = numbers.length > 1 ? Integer.parseInt(numbers[1]) : 4;
        int warmUp = Math.max(lifecycles / 4, 20);
        ConfigurableApplicationContext app = SpringApplication.run(CspTransitionApplication.class,
                "--spring.profiles.active=demo", "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:lifecycle-bench;DB_CLOSE_DELAY=-1",
                "--camunda.bpm.job-execution.enabled=false", "--csp.rules.watch=false",
                "--logging.level.root=WARN", "--logging.level.org.camunda.bpm.engine.context=OFF");
        try {
            LifecycleBench bench = new LifecycleBench(app);
            bench.loadCustomers("rest", warmUp + lifecycles);
            bench.loadCustomers("bare", warmUp + lifecycles);
            AtomicInteger nextRest = new AtomicInteger();
            AtomicInteger nextBare = new AtomicInteger();
            run(warmUp, clients, i -> bench.restLifecycle(nextRest.getAndIncrement()));
            run(warmUp, clients, i -> bench.bareLifecycle(nextBare.getAndIncrement()));
            // interleaved rounds, alternating which path goes first, so drift of the machine and of the tables
            // (both grow) weighs on both paths alike
            double restSeconds = 0;
            double bareSeconds = 0;
            for (int round = 0; round < ROUNDS; round++) {
                int n = lifecycles / ROUNDS;
                if (round % 2 == 0) {
                    restSeconds += n / run(n, clients, i -> bench.restLifecycle(nextRest.getAndIncrement()));
                    bareSeconds += n / run(n, clients, i -> bench.bareLifecycle(nextBare.getAndIncrement()));
                } else {
                    bareSeconds += n / run(n, clients, i -> bench.bareLifecycle(nextBare.getAndIncrement()));
                    restSeconds += n / run(n, clients, i -> bench.restLifecycle(nextRest.getAndIncrement()));
                }
            }
            int measured = lifecycles / ROUNDS * ROUNDS;
            double rest = measured / restSeconds;
            double bare = measured / bareSeconds;
            System.out.printf("%nComplete transfer lifecycles, %d per path, %d concurrent clients, H2 in memory%n",
                    measured, clients);
            System.out.printf("  service over REST:   %6.1f lifecycles/s%n", rest);
            System.out.printf("  bare Camunda API:    %6.1f lifecycles/s%n", bare);
            System.out.printf("  REST / bare engine:  %6.2f   (target: >= 0.70) %s%n", rest / bare,
                    rest / bare >= 0.7 ? "TARGET MET" : "TARGET MISSED");
            bench.check(measured + warmUp);
        } finally {
            app.close();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final ImportService importer;
    private final TransferRequestRepository transfers;
    private final SubscriptionRepository subscriptions;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final TransactionTemplate tx;

    LifecycleBench(ConfigurableApplicationContext app) {
        base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        importer = app.getBean(ImportService.class);
        transfers = app.getBean(TransferRequestRepository.class);
        subscriptions = app.getBean(SubscriptionRepository.class);
        runtime = app.getBean(RuntimeService.class);
        tasks = app.getBean(TaskService.class);
        management = app.getBean(ManagementService.class);
        tx = app.getBean(TransactionTemplate.class);
    }

    /** One customer per lifecycle, moved to the provider with the MCA accepted, with one Office 365 subscription. */
    void loadCustomers(String prefix, int count) {
        List<ImportBundle.CustomerData> customers = new ArrayList<>();
        List<ImportBundle.SubscriptionData> subs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            customers.add(new ImportBundle.CustomerData(prefix + "-customer-" + i, "Bench customer " + i,
                    AcquisitionKind.DIRECT_BILL,
                    List.of(new ImportBundle.RelationshipData(PARTNER, true), new ImportBundle.RelationshipData(PROVIDER, false)),
                    List.of(new ImportBundle.McaData(McaMethod.M365_ADMIN_CENTER, PARTNER, null))));
            subs.add(new ImportBundle.SubscriptionData(prefix + "-sub-" + i, prefix + "-customer-" + i, PARTNER,
                    "O365-E3", "Office 365 E3", OfferKind.LICENSE_BASED, null, 10, "monthly", SubscriptionStatus.ACTIVE, null));
        }
        importer.load(new ImportBundle(List.of(), List.of(), customers, subs));
    }

    void restLifecycle(int i) {
        String customer = "rest-customer-" + i;
        String transfers = base + "/v1/customers/" + customer + "/transfers";
        String created = call("contoso-admin", "POST", transfers, """
                {"sourcePartnerTenantId": "%s", "targetPartnerTenantId": "%s", "lineItems": [{"subscriptionId": "rest-sub-%d"}]}
                """.formatted(PARTNER, PROVIDER, i), 201);
        Matcher m = ID.matcher(created);
        m.find();
        String id = m.group(1);
        call("northwind-admin", "POST", transfers + "/" + id + "/accept", null, 200);
        executeTransferJob(id);
        call("northwind-admin", "POST", transfers + "/" + id + "/verify", null, 200);
        call("contoso-admin", "POST", transfers + "/" + id + "/verify", null, 200);
    }

    void bareLifecycle(int i) {
        String id = "bare-transfer-" + i;
        tx.executeWithoutResult(s -> {
            TransferRequest request = new TransferRequest(id, "bare-customer-" + i, PARTNER, PROVIDER, Instant.now());
            request.addLine(subscriptions.findById("bare-sub-" + i).orElseThrow(), null);
            transfers.save(request);
            runtime.startProcessInstanceByKey(TransferProcess.KEY, id, Map.of(TransferProcess.TRANSFER_ID, id));
        });
        tasks.complete(task(id), Map.of(TransferProcess.ACCEPTED, true));
        executeTransferJob(id);
        tasks.complete(task(id));
        tasks.complete(task(id));
    }

    void check(int expected) {
        long complete = transfers.findAll().stream().filter(t -> t.getPartnerVerifiedTime() != null).count();
        if (complete < 2L * expected || runtime.createProcessInstanceQuery().count() != 0) {
            throw new IllegalStateException("lifecycles did not all complete: " + complete);
        }
    }

    private String task(String transferId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(transferId).singleResult().getId();
    }

    private void executeTransferJob(String transferId) {
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(transferId).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(process).singleResult().getId());
    }

    private String call(String user, String method, String uri, String body, int expected) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + uri + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs n lifecycles on the given number of client threads; returns lifecycles per second. */
    static double run(int n, int clients, IntConsumer lifecycle) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger counter = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                for (int i = counter.getAndIncrement(); i < n; i = counter.getAndIncrement()) {
                    lifecycle.accept(i);
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return n / ((System.nanoTime() - start) / 1e9);
    }
}
