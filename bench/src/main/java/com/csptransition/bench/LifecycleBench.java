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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
 * several concurrent clients, on the same H2, three ways: through our REST API; a process of the same shape through
 * Camunda's own /engine-rest of the same service ({@link EngineRestPeer}, issue 18's target: service ≥ 1.2 × peer,
 * judged by the median of the per-round ratios); and our BPMN driven by the bare Camunda Java API (information).
 * The async step's job is executed by the client in every path (job executor off), so all wait for it the same
 * way. The paths warm up, alternating, until the JIT compiler has settled; then they run in interleaved rounds.
 *
 * <p>Argument: "lifecycles,clients[,warm-up seconds]" per path, measured (default 3000,4; the warm-up then lasts
 * 6 to 15 minutes, until compiling takes under 10% of the time; a given number of seconds replaces both limits, for
 * trying the harness at small sizes).
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
        String[] numbers = args.length > 0 && args[0].matches("\\d+(,\\d+){0,2}") ? args[0].split(",") : new String[0];
        int lifecycles = numbers.length > 0 ? Integer.parseInt(numbers[0]) : 3000;
        int clients = numbers.length > 1 ? Integer.parseInt(numbers[1]) : 4;
        long minWarmUp = numbers.length > 2 ? Long.parseLong(numbers[2]) * 1_000_000_000 : MIN_WARM_UP_NANOS;
        long maxWarmUp = numbers.length > 2 ? minWarmUp : MAX_WARM_UP_NANOS;
        int warmUpRound = Math.min(WARM_UP_ROUND, lifecycles);
        ConfigurableApplicationContext app = startService("lifecycle-bench");
        try {
            LifecycleBench bench = new LifecycleBench(app);
            bench.peer = EngineRestPeer.setUp(app, bench);
            // warm-up until the JIT compiler has settled: on two cores, compiling the service's code keeps a core
            // busy for minutes, and what it costs while it lasts is no property of either path
            long warmUpStart = System.nanoTime();
            double jitShare;
            int settled = 0;
            while (true) {
                Path rest = new Path(bench, "rest", clients);
                Path peer = new Path(bench, "peer", clients);
                Path bare = new Path(bench, "bare", clients);
                rest.round(warmUpRound);
                peer.round(warmUpRound);
                bare.round(warmUpRound);
                jitShare = (rest.jitMillis + peer.jitMillis + bare.jitMillis)
                        / ((rest.seconds + peer.seconds + bare.seconds) * 1000);
                System.out.printf("  warm-up: REST %.1f/s, /engine-rest peer %.1f/s, bare %.1f/s, compiling %.0f%% of"
                        + " the time%n", rest.throughput(), peer.throughput(), bare.throughput(), jitShare * 100);
                settled = jitShare <= SETTLED_JIT_SHARE ? settled + 1 : 0;
                long warmedUp = System.nanoTime() - warmUpStart;
                if (warmedUp >= maxWarmUp || settled >= SETTLED_PAIRS && warmedUp >= minWarmUp) {
                    break;
                }
            }
            System.out.printf("Warmed up in %.0f s (compiling in the last warm-up rounds: %.0f%% of their time)%n",
                    (System.nanoTime() - warmUpStart) / 1e9, jitShare * 100);
            // interleaved rounds, rotating which path goes first, so drift of the machine and of the tables (all
            // grow) weighs on every path alike; the target is judged within each round
            Path rest = new Path(bench, "rest", clients);
            Path peer = new Path(bench, "peer", clients);
            Path bare = new Path(bench, "bare", clients);
            List<Path> order = new ArrayList<>(List.of(rest, peer, bare));
            int n = Math.max(1, lifecycles / ROUNDS);
            for (int round = 0; round < ROUNDS; round++) {
                for (Path path : order) {
                    path.round(n);
                }
                Collections.rotate(order, 1);
            }
            System.out.printf("%nComplete transfer lifecycles, %d per path, %d concurrent clients, H2 in memory%n",
                    rest.done, clients);
            System.out.println("  service over REST (4 calls):       " + rest.summary());
            System.out.println("  peer over /engine-rest (7 calls):  " + peer.summary());
            System.out.println("  bare Camunda API:                  " + bare.summary());
            System.out.println("  rounds (lifecycles/s): REST " + rest.rounds + ", peer " + peer.rounds + ", bare "
                    + bare.rounds);
            List<Double> toPeer = ratios(rest, peer);
            List<Double> toBare = ratios(rest, bare);
            System.out.println("  REST / peer, per round: " + format(toPeer));
            System.out.println("  REST / bare, per round: " + format(toBare));
            double median = median(toPeer);
            System.out.printf("  REST / /engine-rest peer, median of the rounds: %6.3f  (target: >= 1.20) %s%n",
                    median, median >= 1.2 ? "TARGET MET" : "TARGET MISSED");
            System.out.printf("  REST / bare engine, median of the rounds:       %6.3f  (information)%n",
                    median(toBare));
            bench.check();
        } finally {
            app.close();
        }
    }

    /** Per round, the first path's throughput over the second's. */
    static List<Double> ratios(Path a, Path b) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < a.roundThroughputs.size(); i++) {
            ratios.add(a.roundThroughputs.get(i) / b.roundThroughputs.get(i));
        }
        return ratios;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    static String format(List<Double> values) {
        return values.stream().map(v -> String.format("%.3f", v)).toList().toString();
    }

    /** The service in process with its demo data, H2 in memory, no job executor, quiet; returns when it listens. */
    static ConfigurableApplicationContext startService(String database, String... more) {
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=demo",
                "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1"));
        args.addAll(List.of(more));
        return startNode(args);
    }

    /** The service in process on the database the arguments name, any free port, no job executor, quiet. */
    static ConfigurableApplicationContext startNode(List<String> databaseArgs) {
        System.setProperty("http.maxConnections", "64"); // the clients' kept-alive connections: one per client at least
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--camunda.bpm.job-execution.enabled=false", "--csp.rules.watch=false",
                "--logging.level.root=WARN", "--logging.level.org.camunda.bpm.engine.context=OFF"));
        args.addAll(databaseArgs);
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
    private EngineRestPeer peer;

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

    String base() {
        return base;
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
        List<String> ended = Stream.of(TransferProcess.KEY, EngineRestPeer.KEY)
                .flatMap(key -> history.createHistoricProcessInstanceQuery().processDefinitionKey(key).finished()
                        .list().stream()).map(HistoricProcessInstance::getId).toList();
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
        check(Path.LOADED.values().stream().mapToInt(AtomicInteger::get).sum());
    }

    /** Every transfer this many lifecycles created completed, and no process instance is left running. */
    void check(int expected) {
        long complete = transfers.findAll().stream().filter(t -> t.getPartnerVerifiedTime() != null).count();
        if (complete != expected || runtime.createProcessInstanceQuery().count() != 0) {
            throw new IllegalStateException("lifecycles did not all complete: " + complete);
        }
    }

    private String task(String transferId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(transferId).singleResult().getId();
    }

    void executeTransferJob(String transferId) {
        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(transferId).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(process).singleResult().getId());
    }

    /** Told each successful call's nanoseconds, when a harness wants them (ClusterLifecycleBench's p99). */
    static volatile LongConsumer callTimer;

    /**
     * One blocking call on a kept-alive connection. HttpURLConnection rather than java.net.http: the client shares the
     * two cores with the service, and the asynchronous client's selector thread cost it twice as much CPU per call.
     */
    static String call(String user, String method, String uri, String body, int expected) {
        long start = System.nanoTime();
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
            LongConsumer timer = callTimer;
            if (timer != null) {
                timer.accept(System.nanoTime() - start);
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
        private final List<Double> roundThroughputs = new ArrayList<>();

        Path(LifecycleBench bench, String prefix, int clients) {
            this.bench = bench;
            this.prefix = prefix;
            this.clients = clients;
        }

        void round(int n) throws Exception {
            IntConsumer lifecycle;
            if ("peer".equals(prefix)) {
                lifecycle = bench.peer::lifecycle; // nothing of ours to load: the peer has no customers
            } else {
                int first = LOADED.computeIfAbsent(prefix, p -> new AtomicInteger()).getAndAdd(n);
                bench.loadCustomers(prefix, first, n);
                lifecycle = "rest".equals(prefix) ? i -> bench.restLifecycle(first + i)
                        : i -> bench.bareLifecycle(first + i);
            }
            long cpu = OS.getProcessCpuTime();
            long allocated = THREADS.getTotalThreadAllocatedBytes();
            long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            long switches = contextSwitches();
            double throughput = run(n, clients, lifecycle);
            contextSwitches += contextSwitches() - switches;
            rounds.add(String.format("%.1f", throughput));
            roundThroughputs.add(throughput);
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
