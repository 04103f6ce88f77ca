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
import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Complete transfer lifecycles (create → accept → transfer → provider verifies → partner verifies), N of them with
 * several concurrent clients: through our REST API, then the same BPMN driven by the bare Camunda Java API on the
 * same H2. Prints both throughputs and their ratio. The job that applies a transfer is executed by the client in
 * both cases (job executor off), so both wait for it the same way. Both paths warm up, alternating, until the JIT
 * compiler has settled; then they run in interleaved rounds.
 *
 * <p>Argument: "lifecycles,clients" per path, measured (default 3000,4).
 */
public final class LifecycleBench {

    static final String PARTNER = "11111111-1111-4111-8111-111111111111";
    static final String PROVIDER = "33333333-3333-4333-8333-333333333333";
    static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    static final int ROUNDS = 10;
    static final int WARM_UP_ROUND = 200;
    static final double SETTLED_JIT_SHARE = 0.10;
    static final int SETTLED_PAIRS = 3;
    // on two cores the compile share falls from ~100% to ~30% over four to five minutes, with dips below 10% that
    // are not yet the end of it
    static final long MIN_WARM_UP_NANOS = 6L * 60 * 1_000_000_000;
    static final long MAX_WARM_UP_NANOS = 15L * 60 * 1_000_000_000;

    public static void main(String[] args) throws Exception {
        String[] numbers = args.length > 0 && args[0].matches("\\d+(,\\d+)?") ? args[0].split(",") : new String[0];
        int lifecycles = numbers.length > 0 ? Integer.parseInt(numbers[0]) : 3000;
        int clients = numbers.length > 1 ? Integer.parseInt(numbers[1]) : 4;
        ConfigurableApplicationContext app = startService("lifecycle-bench");
        try {
            LifecycleBench bench = new LifecycleBench(app);
            // warm-up until the JIT compiler has settled: on two cores, compiling the service's code keeps a core
            // busy for minutes, and what it costs while it lasts is no property of either path
            long warmUpStart = System.nanoTime();
            double jitShare;
            int settled = 0;
            while (true) {
                Path rest = new Path(bench, "rest", clients);
                Path bare = new Path(bench, "bare", clients);
                rest.round(WARM_UP_ROUND);
                bare.round(WARM_UP_ROUND);
                jitShare = (rest.jitMillis + bare.jitMillis) / ((rest.seconds + bare.seconds) * 1000);
                System.out.printf("  warm-up: REST %.1f/s, bare %.1f/s, compiling %.0f%% of the time%n",
                        rest.throughput(), bare.throughput(), jitShare * 100);
                settled = jitShare <= SETTLED_JIT_SHARE ? settled + 1 : 0;
                long warmedUp = System.nanoTime() - warmUpStart;
                if (warmedUp >= MAX_WARM_UP_NANOS || settled >= SETTLED_PAIRS && warmedUp >= MIN_WARM_UP_NANOS) {
                    break;
                }
            }
            System.out.printf("Warmed up in %.0f s (compiling in the last warm-up rounds: %.0f%% of their time)%n",
                    (System.nanoTime() - warmUpStart) / 1e9, jitShare * 100);
            // interleaved rounds, alternating which path goes first, so drift of the machine and of the tables
            // (both grow) weighs on both paths alike
            Path rest = new Path(bench, "rest", clients);
            Path bare = new Path(bench, "bare", clients);
            for (int round = 0; round < ROUNDS; round++) {
                int n = lifecycles / ROUNDS;
                (round % 2 == 0 ? rest : bare).round(n);
                (round % 2 == 0 ? bare : rest).round(n);
            }
            System.out.printf("%nComplete transfer lifecycles, %d per path, %d concurrent clients, H2 in memory%n",
                    rest.done, clients);
            System.out.println("  service over REST:   " + rest.summary());
            System.out.println("  bare Camunda API:    " + bare.summary());
            double ratio = rest.throughput() / bare.throughput();
            System.out.println("  rounds (lifecycles/s): REST " + rest.rounds + ", bare " + bare.rounds);
            System.out.printf("  REST / bare engine:  %6.3f  (target: >= 0.70) %s%n", ratio,
                    ratio >= 0.7 ? "TARGET MET" : "TARGET MISSED");
            bench.check();
        } finally {
            app.close();
        }
    }

    /** The service in process with its demo data, H2 in memory, no job executor, quiet; returns when it listens. */
    static ConfigurableApplicationContext startService(String database, String... more) {
        System.setProperty("http.maxConnections", "64"); // the clients' kept-alive connections: one per client at least
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=demo", "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
                "--camunda.bpm.job-execution.enabled=false", "--csp.rules.watch=false",
                "--logging.level.root=WARN", "--logging.level.org.camunda.bpm.engine.context=OFF"));
        args.addAll(List.of(more));
        return SpringApplication.run(CspTransitionApplication.class, args.toArray(String[]::new));
    }

    private final String base;
    private final ImportService importer;
    private final TransferRequestRepository transfers;
    private final SubscriptionRepository subscriptions;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final HistoryService history;
    private final TransactionTemplate tx;

    LifecycleBench(ConfigurableApplicationContext app) {
        base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        importer = app.getBean(ImportService.class);
        transfers = app.getBean(TransferRequestRepository.class);
        subscriptions = app.getBean(SubscriptionRepository.class);
        runtime = app.getBean(RuntimeService.class);
        tasks = app.getBean(TaskService.class);
        management = app.getBean(ManagementService.class);
        history = app.getBean(HistoryService.class);
        tx = app.getBean(TransactionTemplate.class);
    }

    /** One customer per lifecycle, moved to the provider with the MCA accepted, with one Office 365 subscription. */
    void loadCustomers(String prefix, int first, int count) {
        List<ImportBundle.CustomerData> customers = new ArrayList<>();
        List<ImportBundle.SubscriptionData> subs = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            customers.add(new ImportBundle.CustomerData(prefix + "-customer-" + i, "Bench customer " + i,
                    AcquisitionKind.DIRECT_BILL,
                    List.of(new ImportBundle.RelationshipData(PARTNER, true, null), new ImportBundle.RelationshipData(PROVIDER, false, null)),
                    List.of(new ImportBundle.McaData(McaMethod.M365_ADMIN_CENTER, PARTNER, null))));
            subs.add(new ImportBundle.SubscriptionData(prefix + "-sub-" + i, prefix + "-customer-" + i, PARTNER,
                    "O365-E3", "Office 365 E3", OfferKind.LICENSE_BASED, null, 10, "monthly", SubscriptionStatus.ACTIVE, null));
        }
        importer.load(new ImportBundle(List.of(), List.of(), customers, subs),
                new com.csptransition.identity.Caller("bench", null, java.util.Set.of(), true));
    }

    /**
     * Deletes the history of ended lifecycles, outside the clock. H2 in memory keeps every table on the heap the
     * service runs in: grown to gigabytes, G1 took a core for seconds at a time to mark it, in whichever path's round
     * that fell, and every young collection got slower. History cleanup keeps a real database small the same way.
     */
    void forgetHistory() {
        List<String> ended = history.createHistoricProcessInstanceQuery().processDefinitionKey(TransferProcess.KEY)
                .finished().list().stream().map(HistoricProcessInstance::getId).toList();
        if (!ended.isEmpty()) {
            history.deleteHistoricProcessInstancesBulk(ended);
        }
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
        // a random id as the service gives: random keys land all over the indexes, ordered ones at their end
        String id = UUID.randomUUID().toString();
        tx.executeWithoutResult(s -> {
            // names as constants: the bare path looks nothing up that it need not
            TransferRequest request = new TransferRequest(id, "bare-customer-" + i, PARTNER, PROVIDER,
                    new TransferRequest.Names("Bench customer " + i, "Contoso", "Northwind"), Instant.now());
            request.addLine(subscriptions.findById("bare-sub-" + i).orElseThrow(), null);
            transfers.save(request);
            runtime.startProcessInstanceByKey(TransferProcess.KEY, id);
        });
        tasks.complete(task(id), Map.of(TransferProcess.DECISION, TransferProcess.ACCEPT));
        executeTransferJob(id);
        tasks.complete(task(id));
        tasks.complete(task(id));
    }

    void check() {
        int expected = Path.LOADED.values().stream().mapToInt(AtomicInteger::get).sum();
        long complete = transfers.findAll().stream().filter(t -> t.getPartnerVerifiedTime() != null).count();
        if (complete != expected || runtime.createProcessInstanceQuery().count() != 0) {
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

    /**
     * One blocking call on a kept-alive connection. HttpURLConnection rather than java.net.http: the client shares the
     * two cores with the service, and the asynchronous client's selector thread cost it twice as much CPU per call.
     */
    static String call(String user, String method, String uri, String body, int expected) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(uri).toURL().openConnection();
            connection.setRequestMethod(method);
            connection.setRequestProperty("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
            if (body != null) {
                connection.setRequestProperty("Content-Type", "application/json");
                connection.setDoOutput(true);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = connection.getResponseCode();
            String response;
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                response = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (status != expected) {
                throw new IllegalStateException(method + " " + uri + " answered " + status + ": " + response);
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One path's rounds: lifecycles, wall time, the process's CPU time and the JIT's compile time they took. Each
     * round loads its customers first, outside the clock.
     */
    static final class Path {
        private static final OperatingSystemMXBean OS =
                (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        private static final Map<String, AtomicInteger> LOADED = new ConcurrentHashMap<>();
        private final LifecycleBench bench;
        private final String prefix;
        private final int clients;
        private int done;
        private double seconds;
        private long cpuNanos;
        private long allocatedBytes;
        private long jitMillis;
        private long contextSwitches;
        private final List<String> rounds = new ArrayList<>();

        Path(LifecycleBench bench, String prefix, int clients) {
            this.bench = bench;
            this.prefix = prefix;
            this.clients = clients;
        }

        void round(int n) throws Exception {
            int first = LOADED.computeIfAbsent(prefix, p -> new AtomicInteger()).getAndAdd(n);
            bench.loadCustomers(prefix, first, n);
            IntConsumer lifecycle = "rest".equals(prefix) ? i -> bench.restLifecycle(first + i)
                    : i -> bench.bareLifecycle(first + i);
            long cpu = OS.getProcessCpuTime();
            long allocated = THREADS.getTotalThreadAllocatedBytes();
            long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            long switches = contextSwitches();
            double throughput = run(n, clients, lifecycle);
            contextSwitches += contextSwitches() - switches;
            rounds.add(String.format("%.0f", throughput));
            seconds += n / throughput;
            cpuNanos += OS.getProcessCpuTime() - cpu;
            allocatedBytes += THREADS.getTotalThreadAllocatedBytes() - allocated;
            jitMillis += ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit;
            done += n;
            bench.forgetHistory();
        }

        double throughput() {
            return done / seconds;
        }

        /** Throughput, and per lifecycle: CPU time, the JIT's compile time, bytes allocated, context switches. */
        String summary() {
            return String.format("%6.1f lifecycles/s, %5.1f ms CPU each (JIT %.1f ms), %.1f MB allocated, %.0f context"
                    + " switches", throughput(), cpuNanos / 1e6 / done, (double) jitMillis / done,
                    allocatedBytes / 1e6 / done, (double) contextSwitches / done);
        }
    }

    /** Context switches of the whole machine so far (Linux; nothing else runs during a benchmark). */
    static long contextSwitches() {
        try {
            return Files.readAllLines(java.nio.file.Path.of("/proc/stat")).stream().filter(l -> l.startsWith("ctxt "))
                    .mapToLong(l -> Long.parseLong(l.substring(5).trim())).findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
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
