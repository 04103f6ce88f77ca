package com.csptransition.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link EligibilityBenchmark} in one thread and prints the figures BENCHMARKS.md records.
 *
 * <p>Argument {@code default} (what the Maven profile passes): Drools, the fast DMN peer and the default-FEEL DMN peer
 * for a customer with 100 subscriptions, Drools and the fast DMN peer for one with 5,000 (throughput, then sampled
 * latency); the targets, the ratios and the cost per subscription. Argument {@code candidates}: the throughput of every
 * DMN configuration (and Drools) at 100 subscriptions, to choose the fast peer.
 */
public final class EligibilityBench {

    /** The fast DMN peer: the benchmark method of the fastest fair configuration (see BENCHMARKS.md). */
    static final String FAST_DMN = "dmnJuel";

    /** Per-subscription cost at 5,000 over that at 100 within this band counts as linear growth. */
    static final double LINEAR_LOW = 0.75;
    static final double LINEAR_HIGH = 1.0 / 0.75;

    public static void main(String[] args) throws RunnerException {
        if (args.length > 0 && args[0].equals("candidates")) {
            candidates();
            return;
        }
        Figures drools = new Figures("Drools", "drools", 100);
        Figures fast = new Figures("DMN, JUEL (fast)", FAST_DMN, 100);
        Figures feel = new Figures("DMN, default FEEL", "dmnDefaultFeel", 100);
        Figures drools5k = new Figures("Drools", "drools", 5000);
        Figures fast5k = new Figures("DMN, JUEL (fast)", FAST_DMN, 5000);

        System.out.printf("%nTransfer eligibility in process, one customer, 1 thread; JMH, 1 fork per figure, "
                + "warm-up 5 x 2 s, measurement 5 x 2 s, throughput then sampled latency%n");
        System.out.printf("  %-19s %6s %22s %9s %9s %12s%n", "", "subs", "customers/s", "p50 ms", "p99 ms", "us per sub");
        for (Figures f : new Figures[] {drools, fast, feel, drools5k, fast5k}) {
            f.print();
        }
        boolean throughputMet = drools.throughput >= 10_000;
        boolean p99Met = drools.p99 <= 0.5;
        System.out.printf("  Targets (100 subscriptions): Drools >= 10,000 customers/s: %s (%,.0f); p99 <= 0.5 ms: %s (%.3f ms)%n",
                met(throughputMet), drools.throughput, met(p99Met), drools.p99);
        System.out.printf("  Drools / fast DMN (JUEL): %.1fx throughput, %.1fx p99 (the earlier target >= 2x, set "
                + "against the default FEEL engine: %s)%n", drools.throughput / fast.throughput, fast.p99 / drools.p99,
                met(drools.throughput / fast.throughput >= 2));
        System.out.printf("  Drools / default-FEEL DMN (information): %.0fx throughput%n", drools.throughput / feel.throughput);
        System.out.printf("  Cost per subscription at 5,000 / at 100 (linear if %.2f-%.2fx): Drools %.2fx %s, fast DMN %.2fx %s%n",
                LINEAR_LOW, LINEAR_HIGH, drools5k.perSub() / drools.perSub(), linear(drools5k.perSub() / drools.perSub()),
                fast5k.perSub() / fast.perSub(), linear(fast5k.perSub() / fast.perSub()));
        System.out.println(throughputMet && p99Met ? "  TARGETS MET" : "  TARGETS MISSED");
    }

    private static void candidates() throws RunnerException {
        String[] methods = {"dmnJuel", "dmnLegacyFeel", "dmnCachedFeel", "dmnDefaultFeel", "drools"};
        double[] scores = new double[methods.length];
        double[] errors = new double[methods.length];
        for (int i = 0; i < methods.length; i++) {
            Result<?> r = run(options(methods[i], 100).mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS));
            scores[i] = r.getScore();
            errors[i] = r.getScoreError();
        }
        System.out.printf("%nDMN configurations, 100 subscriptions, 1 thread, warm-up and measurement 5 x 2 s%n");
        for (int i = 0; i < methods.length; i++) {
            System.out.printf("  %-15s %,10.0f ± %,.0f customers/s%n", methods[i], scores[i], errors[i]);
        }
    }

    /** One peer at one size: throughput, then the sampled latency. */
    private static final class Figures {
        final String name;
        final int subscriptions;
        final double throughput;
        final double error;
        final double p50;
        final double p99;

        Figures(String name, String method, int subscriptions) throws RunnerException {
            this.name = name;
            this.subscriptions = subscriptions;
            Result<?> t = run(options(method, subscriptions).mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS));
            throughput = t.getScore();
            error = t.getScoreError();
            Statistics s = run(options(method, subscriptions).mode(Mode.SampleTime).timeUnit(TimeUnit.MILLISECONDS))
                    .getStatistics();
            p50 = s.getPercentile(50);
            p99 = s.getPercentile(99);
        }

        /** Microseconds per subscription. */
        double perSub() {
            return 1e6 / (throughput * subscriptions);
        }

        void print() {
            String tp = String.format("%,.1f ± %,.1f", throughput, error);
            System.out.printf("  %-19s %,6d %22s %9.3f %9.3f %12.2f%n", name, subscriptions, tp, p50, p99, perSub());
        }
    }

    private static String met(boolean met) {
        return met ? "met" : "MISSED";
    }

    private static String linear(double ratio) {
        return ratio >= LINEAR_LOW && ratio <= LINEAR_HIGH ? "(linear)" : "(NOT linear)";
    }

    private static ChainedOptionsBuilder options(String method, int subscriptions) {
        // warm-up in seconds, long enough for Drools' JIT of conditions
        return new OptionsBuilder().include(EligibilityBenchmark.class.getName() + "." + method + "$")
                .param("subscriptions", String.valueOf(subscriptions))
                .forks(1).threads(1)
                .warmupIterations(5).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend("-Xmx2g");
    }

    private static Result<?> run(ChainedOptionsBuilder options) throws RunnerException {
        RunResult result = new Runner(options.build()).run().iterator().next();
        return result.getPrimaryResult();
    }
}
