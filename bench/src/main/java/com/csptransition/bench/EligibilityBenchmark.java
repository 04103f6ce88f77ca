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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** In-process transfer eligibility of one customer with 100 subscriptions: our DRL rules vs a Camunda DMN table. */
@State(Scope.Benchmark)
public class EligibilityBenchmark {

    EligibilityFixture fixture;
    RulesEngine drools;
    DmnEligibility dmn;

    @Setup
    public void setUp() {
        fixture = new EligibilityFixture();
        drools = new RulesEngine(new RulesProperties(Path.of("rules"), false)); // KieBase compiled once, cached
        dmn = new DmnEligibility();
        // both peers must reach the same answer, or the comparison means nothing
        Map<String, TreeSet<String>> byDrools = new TreeMap<>(drools().answers().stream().collect(Collectors.toMap(
                TransferEligibility::id, a -> a.reasons().stream().map(Reason::code)
                        .collect(Collectors.toCollection(TreeSet::new)))));
        Map<String, TreeSet<String>> byDmn = new TreeMap<>(dmn().entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, e -> new TreeSet<>(e.getValue()))));
        if (!byDrools.equals(byDmn)) {
            throw new IllegalStateException("Drools and DMN disagree:\n" + byDrools + "\n" + byDmn);
        }
    }

    @Benchmark
    public EligibilityCheck.Result drools() {
        return EligibilityCheck.run(drools, fixture.partner, Optional.of(fixture.provider), fixture.customer,
                fixture.subscriptions, fixture.inActiveTransfer);
    }

    @Benchmark
    public Map<String, List<String>> dmn() {
        return dmn.evaluate(fixture);
    }
}
