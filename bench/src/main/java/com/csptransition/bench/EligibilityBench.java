package com.csptransition.bench;

import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link EligibilityBenchmark} in one thread, throughput then latency, and prints the figures BENCHMARKS.md
 * records: customers/s and p99 for each peer, and their ratio, against the targets.
 */
public final class EligibilityBench {

    public static void main(String[] args) throws RunnerException {
        double drools = throughput("drools");
        double dmn = throughput("dmn");
        double droolsP99 = p99("drools");
        double dmnP99 = p99("dmn");
        System.out.printf("%nTransfer eligibility, one customer with 100 subscriptions, 1 thread%n");
        System.out.printf("  Drools: %,.0f customers/s, p99 %.3f ms   (targets: >= 10,000/s, p99 <= 0.5 ms)%n", drools, droolsP99);
        System.out.printf("  DMN:    %,.0f customers/s, p99 %.3f ms%n", dmn, dmnP99);
        System.out.printf("  Drools / DMN throughput: %.2fx   (target: >= 2x)%n", drools / dmn);
        boolean met = drools >= 10_000 && droolsP99 <= 0.5 && drools / dmn >= 2;
        System.out.println(met ? "  TARGETS MET" : "  TARGETS MISSED");
    }

    private static double throughput(String benchmark) throws RunnerException {
        return run(options(benchmark).mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS)).iterator().next()
                .getPrimaryResult().getScore();
    }

    private static double p99(String benchmark) throws RunnerException {
        return run(options(benchmark).mode(Mode.SampleTime).timeUnit(TimeUnit.MILLISECONDS)).iterator().next()
                .getPrimaryResult().getStatistics().getPercentile(99);
    }

    private static ChainedOptionsBuilder options(String benchmark) {
        // warm-up in seconds, long enough for Drools' JIT of conditions
        return new OptionsBuilder().include(EligibilityBenchmark.class.getName() + "." + benchmark + "$")
                .forks(1).threads(1)
                .warmupIterations(5).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend("-Xmx2g");
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
        return new Runner(options.build()).run();
    }
}
