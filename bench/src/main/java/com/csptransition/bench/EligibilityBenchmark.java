package com.csptransition.bench;

import com.csptransition.rules.Reason;
import com.csptransition.rules.RulesEngine;
import com.csptransition.rules.RulesProperties;
import com.csptransition.transfer.eligibility.EligibilityCheck;
import com.csptransition.transfer.eligibility.TransferEligibility;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * In-process transfer eligibility of one customer with {@link #subscriptions} subscriptions: our DRL rules vs the
 * same offer/state checks as a Camunda DMN table, under several DMN engine configurations ({@link DmnEligibility}).
 */
@State(Scope.Benchmark)
public class EligibilityBenchmark {

    @Param({"100", "5000"})
    public int subscriptions;

    EligibilityFixture fixture;
    RulesEngine drools;
    DmnEligibility dmn;

    @Setup
    public void setUp(BenchmarkParams params) {
        fixture = new EligibilityFixture(subscriptions);
        drools = new RulesEngine(new RulesProperties(Path.of("rules"), false)); // KieBase compiled once, cached
        String benchmark = params.getBenchmark();
        dmn = switch (benchmark.substring(benchmark.lastIndexOf('.') + 1)) {
            case "dmnDefaultFeel" -> DmnEligibility.defaultFeel();
            case "dmnJuel" -> DmnEligibility.juel();
            case "dmnLegacyFeel" -> DmnEligibility.legacyFeel();
            case "dmnCachedFeel" -> DmnEligibility.cachedFeel();
            default -> null;
        };
        if (dmn != null) {
            checkSameAnswers(drools(), dmn.evaluate(fixture));
        }
    }

    /** A DMN peer must reach the same reason codes as Drools for every subscription, or the comparison means nothing. */
    static void checkSameAnswers(EligibilityCheck.Result byDrools, Map<String, List<String>> byDmn) {
        Map<String, TreeSet<String>> expected = new TreeMap<>(byDrools.answers().stream().collect(Collectors.toMap(
                TransferEligibility::id, a -> a.reasons().stream().map(Reason::code)
                        .collect(Collectors.toCollection(TreeSet::new)))));
        Map<String, TreeSet<String>> actual = new TreeMap<>(byDmn.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, e -> new TreeSet<>(e.getValue()))));
        if (!expected.equals(actual)) {
            throw new IllegalStateException("Drools and DMN disagree:\n" + expected + "\n" + actual);
        }
    }

    @Benchmark
    public EligibilityCheck.Result drools() {
        return EligibilityCheck.run(drools, fixture.partner, Optional.of(fixture.provider), fixture.customer,
                fixture.subscriptions, fixture.inActiveTransfer);
    }

    @Benchmark
    public Map<String, List<String>> dmnDefaultFeel() {
        return dmn.evaluate(fixture);
    }

    @Benchmark
    public Map<String, List<String>> dmnJuel() {
        return dmn.evaluate(fixture);
    }

    @Benchmark
    public Map<String, List<String>> dmnLegacyFeel() {
        return dmn.evaluate(fixture);
    }

    @Benchmark
    public Map<String, List<String>> dmnCachedFeel() {
        return dmn.evaluate(fixture);
    }
}
