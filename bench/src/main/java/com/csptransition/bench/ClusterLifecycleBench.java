package com.csptransition.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * LifecycleBench's REST path (create → accept → transfer job → provider verifies → partner verifies) on one
 * PostgreSQL, with the clients on one service node or spread over two (issue 18). Both nodes run in this JVM on
 * their own ports (the second with its own process engine name, as two processes would have), started one after
 * the other on an embedded PostgreSQL 15 (zonky's binaries, default settings: fsync on). Each client calls one node
 * (client c: node c mod nodes) and executes the transfer job through that node's engine, as LifecycleBench does
 * (job executors off). The two configurations run in interleaved rounds after a warm-up; printed per configuration:
 * throughput, the p50 and p99 of a whole lifecycle, and the p99 of one REST call.
 *
 * <p>Argument: "lifecycles,clients[,warm-up seconds]" per configuration (default 400,4,300). Everything runs on the
 * same cores, PostgreSQL included: a second node adds no CPU, only a second Tomcat, pool and engine.
 */
public final class ClusterLifecycleBench {

    static final int ROUNDS = 10;
    static final int WARM_UP_ROUND = 100;

    public static void main(String[] args) throws Exception {
        String[] numbers = args.length > 0 && args[0].matches("\\d+(,\\d+){0,2}") ? args[0].split(",") : new String[0];
        int lifecycles = numbers.length > 0 ? Integer.parseInt(numbers[0]) : 400;
        int clients = numbers.length > 1 ? Integer.parseInt(numbers[1]) : 4;
        long warmUpNanos = (numbers.length > 2 ? Long.parseLong(numbers[2]) : 300) * 1_000_000_000;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database lifebench");
            }
            List<String> database = List.of("--spring.profiles.active=demo,postgres",
                    "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "lifebench"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=");
            List<ConfigurableApplicationContext> apps = new ArrayList<>();
            try {
                // one after the other: nodes started together on an empty database race for the schema (issue 18)
                apps.add(LifecycleBench.startNode(with(database, "--csp.cluster.node-name=node1")));
                apps.add(LifecycleBench.startNode(with(database, "--csp.cluster.node-name=node2",
                        "--camunda.bpm.process-engine-name=node2")));
                List<LifecycleBench> nodes = apps.stream().map(LifecycleBench::new).toList();
                new ClusterLifecycleBench(nodes, clients).measure(lifecycles, warmUpNanos);
            } finally {
                Collections.reverse(apps);
                apps.forEach(ConfigurableApplicationContext::close);
            }
        }
    }

    private static List<String> with(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all;
    }

    private final List<LifecycleBench> nodes;
    private final int clients;
    private final AtomicInteger loaded = new AtomicInteger();

    ClusterLifecycleBench(List<LifecycleBench> nodes, int clients) {
        this.nodes = nodes;
        this.clients = clients;
    }

    void measure(int lifecycles, long warmUpNanos) throws Exception {
        long warmUpStart = System.nanoTime();
        do {
            Configuration one = new Configuration(1);
            Configuration two = new Configuration(2);
            one.round(Math.min(WARM_UP_ROUND, lifecycles));
            two.round(Math.min(WARM_UP_ROUND, lifecycles));
            System.out.printf("  warm-up: 1 node %.1f/s, 2 nodes %.1f/s%n", one.throughput(), two.throughput());
        } while (System.nanoTime() - warmUpStart < warmUpNanos);
        Configuration one = new Configuration(1);
        Configuration two = new Configuration(2);
        int n = Math.max(1, lifecycles / ROUNDS);
        for (int round = 0; round < ROUNDS; round++) {
            (round % 2 == 0 ? one : two).round(n);
            (round % 2 == 0 ? two : one).round(n);
        }
        System.out.printf("%nComplete transfer lifecycles over our REST API, PostgreSQL 15 (embedded), %d per"
                + " configuration, %d concurrent clients%n", one.done, clients);
        System.out.println("  1 node:   " + one.summary());
        System.out.println("  2 nodes:  " + two.summary());
        System.out.println("  rounds (lifecycles/s): 1 node " + perSecond(one.rounds) + ", 2 nodes "
                + perSecond(two.rounds));
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < one.rounds.size(); i++) {
            ratios.add(two.rounds.get(i) / one.rounds.get(i));
        }
        System.out.printf("  2 nodes / 1 node, throughput, median of the rounds: %.3f %s (one JVM, same cores)%n",
                LifecycleBench.median(ratios), LifecycleBench.format(ratios));
        nodes.get(0).check(loaded.get());
    }

    /** Lifecycles with the clients spread over this many nodes: rounds, wall time, latencies. */
    final class Configuration {
        private final int nodeCount;
        private final List<Double> rounds = new ArrayList<>();
        private final List<Long> lifecycleNanos = Collections.synchronizedList(new ArrayList<>());
        private final List<Long> callNanos = Collections.synchronizedList(new ArrayList<>());
        private int done;
        private double seconds;

        Configuration(int nodeCount) {
            this.nodeCount = nodeCount;
        }

        /** Loads n customers (outside the clock), runs n lifecycles, then deletes the ended history (outside too). */
        void round(int n) throws Exception {
            int first = loaded.getAndAdd(n);
            nodes.get(0).loadCustomers("rest", first, n);
            AtomicInteger counter = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            LifecycleBench.callTimer = callNanos::add;
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                LifecycleBench node = nodes.get(c % nodeCount);
                futures.add(pool.submit(() -> {
                    for (int i = counter.getAndIncrement(); i < n; i = counter.getAndIncrement()) {
                        long began = System.nanoTime();
                        node.restLifecycle(first + i);
                        lifecycleNanos.add(System.nanoTime() - began);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            LifecycleBench.callTimer = null;
            pool.shutdown();
            rounds.add(n / elapsed);
            seconds += elapsed;
            done += n;
            nodes.get(0).forgetHistory();
        }

        double throughput() {
            return done / seconds;
        }

        String summary() {
            return String.format("%6.1f lifecycles/s, lifecycle p50 %.1f ms, p99 %.1f ms; one REST call p99 %.1f ms",
                    throughput(), percentile(lifecycleNanos, 0.50), percentile(lifecycleNanos, 0.99),
                    percentile(callNanos, 0.99));
        }
    }

    private static List<String> perSecond(List<Double> rounds) {
        return rounds.stream().map(r -> String.format("%.1f", r)).toList();
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(List<Long> nanos, double p) {
        List<Long> sorted;
        synchronized (nanos) {
            sorted = nanos.stream().sorted().toList();
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get((int) Math.ceil(p * sorted.size()) - 1) / 1e6;
    }
}
