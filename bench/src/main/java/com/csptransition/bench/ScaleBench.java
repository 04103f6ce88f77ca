package com.csptransition.bench;

import com.csptransition.CspTransitionApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.management.ObjectName;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Issue 18's scale targets on PostgreSQL (embedded, zonky's PostgreSQL 15 binaries, a separate process as in
 * production), with the service in this JVM on it: a partner portfolio of S subscriptions of C customers loaded
 * through POST /v1/admin/import in bundles (import time and rate); the heap after a full GC with everything loaded
 * (target ≤ 512 MiB); one customer's transfer eligibility through its REST endpoint, the same customer and calls
 * before the portfolio is loaded (small database) and after (target: median within 20 %).
 *
 * <p>Argument: "subscriptions,customers[,calls[,customersPerBundle]]" (default 1000000,100000,2000,1000). calls:
 * eligibility calls measured on each database, after at least as many warm-up calls. The import's CPU time is split
 * between this JVM and PostgreSQL's processes, to say where its time goes.
 */
public final class ScaleBench {

    static final long HEAP_TARGET = 512L << 20;

    public static void main(String[] args) throws Exception {
        String[] n = args.length > 0 && args[0].matches("\\d+(,\\d+)*") ? args[0].split(",") : new String[0];
        int subscriptions = n.length > 0 ? Integer.parseInt(n[0]) : 1_000_000;
        int customers = n.length > 1 ? Integer.parseInt(n[1]) : 100_000;
        int calls = n.length > 2 ? Integer.parseInt(n[2]) : 2000;
        int perBundle = n.length > 3 ? Integer.parseInt(n[3]) : 1000;
        Portfolio portfolio = new Portfolio(subscriptions, customers);
        System.out.printf("Scale bench: %,d subscriptions of %,d customers (%d or %d each), bundles of %,d customers;"
                + " max heap %,d MiB%n", subscriptions, customers, portfolio.perCustomer(customers - 1),
                portfolio.perCustomer(0), perBundle, Runtime.getRuntime().maxMemory() >> 20);
        // production-like durability: zonky turns synchronous_commit off by default
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start()) {
            ConfigurableApplicationContext app = startService(pg.getJdbcUrl("postgres", "postgres"));
            try {
                run(app, portfolio, calls, perBundle);
            } finally {
                app.close();
            }
        }
    }

    static void run(ConfigurableApplicationContext app, Portfolio portfolio, int calls, int perBundle) throws Exception {
        String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        long maxImport = DataSize.parse(app.getEnvironment().getProperty("csp.web.max-import-size", "16MB")).toBytes();
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        ProcessCpu cpu = new ProcessCpu(jdbc);

        // the small database: the demo data and the probe customer (the portfolio's first)
        post(base, portfolio.bundle(0, 1), maxImport);
        String probe = base + "/v1/customers/" + Portfolio.customerId(0)
                + "/transferseligibility?transferType=directtoindirect&targetPartnerTenantId=" + Portfolio.PROVIDER;
        double[] small = eligibility(probe, calls);
        long heapSmall = heapAfterFullGc();
        System.out.printf("%nSmall database (%,d subscriptions): heap after full GC %,d MiB%n",
                count(jdbc), heapSmall >> 20);
        print("eligibility of one customer (" + portfolio.perCustomer(0) + " subscriptions), small database", small);

        System.out.printf("%nImport through POST /v1/admin/import, one client:%n");
        long start = System.nanoTime();
        long jvmCpu = cpu.jvmNanos();
        long pgCpu = cpu.postgresNanos();
        long posting = 0;
        int imported = portfolio.perCustomer(0);
        int step = Math.max(1, (portfolio.customers - 1) / perBundle / 10);
        for (int first = 1, bundle = 0; first < portfolio.customers; first += perBundle, bundle++) {
            int end = Math.min(portfolio.customers, first + perBundle);
            String json = portfolio.bundle(first, end);
            long t = post(base, json, maxImport);
            posting += t;
            imported += portfolio.subscriptions(first, end);
            if (bundle % step == 0 || end == portfolio.customers) {
                System.out.printf("  %,9d subscriptions: this bundle %,d subscriptions (%.1f MB) in %,d ms (%,.0f/s);"
                        + " so far %,.0f/s%n", imported, portfolio.subscriptions(first, end), json.length() / 1e6,
                        t / 1_000_000, portfolio.subscriptions(first, end) / (t / 1e9),
                        (imported - portfolio.perCustomer(0)) / ((System.nanoTime() - start) / 1e9));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int loaded = imported - portfolio.perCustomer(0);
        System.out.printf("Imported %,d subscriptions of %,d customers in %,.1f s: %,.0f subscriptions/s (%,.1f s of it"
                + " in the service's answers)%n", loaded, portfolio.customers - 1, seconds, loaded / seconds,
                posting / 1e9);
        System.out.printf("  CPU meanwhile: this JVM (service and client) %,.1f s, PostgreSQL %,.1f s%n",
                (cpu.jvmNanos() - jvmCpu) / 1e9, (cpu.postgresNanos() - pgCpu) / 1e9);

        long heapBig = heapAfterFullGc();
        System.out.printf("%nBig database (%,d subscriptions in the table, PostgreSQL %,d MB): heap after full GC %,d MiB"
                + " (target <= 512 MiB: %s)%n", count(jdbc),
                jdbc.queryForObject("select pg_database_size(current_database())", Long.class) >> 20, heapBig >> 20,
                heapBig <= HEAP_TARGET ? "TARGET MET" : "TARGET MISSED");
        histogram(12);
        double[] big = eligibility(probe, calls);
        print("eligibility of the same customer, big database", big);
        double ratio = big[calls / 2] / small[calls / 2];
        System.out.printf("  median big / small: %.3f (target <= 1.20: %s)%n", ratio,
                ratio <= 1.2 ? "TARGET MET" : "TARGET MISSED");
    }

    /** The service on the given PostgreSQL with its demo data and job executor, as production runs it, quiet. */
    static ConfigurableApplicationContext startService(String jdbcUrl) {
        System.setProperty("http.maxConnections", "8");
        return SpringApplication.run(CspTransitionApplication.class, "--spring.profiles.active=demo,postgres",
                "--server.port=0", "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--csp.rules.watch=false", "--logging.level.root=WARN");
    }

    /** One bundle, as an administrator; returns the nanoseconds the answer took. */
    static long post(String base, String json, long maxImport) {
        if (json.length() > maxImport) {
            throw new IllegalArgumentException("a bundle of " + json.length() + " bytes is above csp.web.max-import-size ("
                    + maxImport + "): give fewer customers per bundle");
        }
        long t = System.nanoTime();
        LifecycleBench.call("demo", "POST", base + "/v1/admin/import", json, 200);
        return System.nanoTime() - t;
    }

    /**
     * Warm-up until the JIT compiler has settled (rounds of 100 calls, at least as many as measured, then until three
     * rounds in a row spent at most a tenth of their time compiling, at most 5 minutes), then the given number of
     * sequential calls as Contoso's admin agent: milliseconds, sorted.
     */
    static double[] eligibility(String uri, int calls) {
        long start = System.nanoTime();
        int warmUp = 0;
        for (int settled = 0; warmUp < calls || settled < 3 && System.nanoTime() - start < 300e9; warmUp += 100) {
            long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            long t = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                LifecycleBench.call("contoso-admin", "GET", uri, null, 200);
            }
            double share = (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit) / ((System.nanoTime() - t) / 1e6);
            settled = share <= 0.1 ? settled + 1 : 0;
        }
        System.out.printf("  (warm-up: %,d calls in %.0f s)%n", warmUp, (System.nanoTime() - start) / 1e9);
        double[] millis = new double[calls];
        for (int i = 0; i < calls; i++) {
            long t = System.nanoTime();
            LifecycleBench.call("contoso-admin", "GET", uri, null, 200);
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    static void print(String what, double[] millis) {
        System.out.printf("  %s, %d calls: median %.2f ms, p90 %.2f ms, p99 %.2f ms, mean %.2f ms%n", what,
                millis.length, millis[millis.length / 2], millis[(int) (millis.length * 0.9)],
                millis[(int) (millis.length * 0.99)], Arrays.stream(millis).average().orElse(0));
    }

    static long heapAfterFullGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The classes holding most of the heap (jcmd GC.class_histogram, itself after a full GC). */
    static void histogram(int lines) throws Exception {
        String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        List<String> all = new ArrayList<>(histogram.lines().toList());
        all.subList(0, Math.min(all.size(), lines + 2)).forEach(l -> System.out.println("    " + l));
        System.out.println("    " + all.get(all.size() - 1));
    }

    static long count(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from subscription", Long.class);
    }
}
