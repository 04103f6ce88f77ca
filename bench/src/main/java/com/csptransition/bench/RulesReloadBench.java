package com.csptransition.bench;

import com.csptransition.rules.RulesEngine;
import com.csptransition.rules.RulesProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * How long an analyst's save takes to serve, in process: RulesEngine.reload after one file changed (the direct bill
 * threshold; transfer eligibility) and after every file changed, on a copy of rules/. Prints min/median/max.
 * Run: ./mvnw -Pbench test-compile exec:exec -Dbench.main=com.csptransition.bench.RulesReloadBench [-Dbench.args=rounds]
 */
public final class RulesReloadBench {

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 30;
        Path rules = Files.createTempDirectory("rules-bench-");
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, rules.resolve(f.getFileName()));
            }
        }
        long started = System.nanoTime();
        RulesEngine engine = new RulesEngine(new RulesProperties(rules, false));
        System.out.printf("  %-62s %7.1f ms%n", "start: every concern compiled, cold JVM", (System.nanoTime() - started) / 1e6);
        edit(rules.resolve("direct-bill-requirements.drl"), -1);
        started = System.nanoTime();
        engine.reload("bench");
        System.out.printf("  %-62s %7.1f ms%n", "first one-file reload after start (direct-bill-requirements.drl)",
                (System.nanoTime() - started) / 1e6);
        System.out.printf("Rules reload, %d concerns, %d rules; then %d rounds each after %d warm-up rounds%n",
                engine.current().concerns().size(), engine.current().ruleNames().size(), rounds, rounds);
        for (int pass = 0; pass < 2; pass++) { // the first pass warms the compiler up
            boolean report = pass == 1;
            measure(report, "one file: direct-bill-requirements.drl (the revenue threshold)", rounds, engine,
                    i -> edit(rules.resolve("direct-bill-requirements.drl"), i));
            measure(report, "one file: transfer-eligibility.drl", rounds, engine,
                    i -> edit(rules.resolve("transfer-eligibility.drl"), i));
            measure(report, "all files", rounds, engine, i -> {
                try (Stream<Path> files = Files.list(rules)) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                        edit(f, i);
                    }
                }
            });
            measure(report, "no file changed", rounds, engine, i -> {
            });
        }
    }

    interface Edit {
        void apply(int round) throws IOException;
    }

    /** A comment line that differs each round: the file's text (so its concerns' keys) changes, its rules do not. */
    private static void edit(Path file, int round) throws IOException {
        String text = Files.readString(file).replaceFirst("(?m)^// bench edit \\d+\\n", "");
        Files.writeString(file, "// bench edit " + round + "\n" + text);
    }

    private static void measure(boolean report, String what, int rounds, RulesEngine engine, Edit edit)
            throws IOException {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            edit.apply(i);
            long start = System.nanoTime();
            engine.reload("bench");
            millis.add((System.nanoTime() - start) / 1e6);
        }
        if (report) {
            Collections.sort(millis);
            System.out.printf("  %-62s min %7.1f ms  median %7.1f ms  max %7.1f ms%n", what, millis.get(0),
                    millis.get(millis.size() / 2), millis.get(millis.size() - 1));
        }
    }
}
