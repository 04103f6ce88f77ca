package com.csptransition.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Startup to ready with the demo data (issue 18: ≤ 10 s on this machine): starts the packaged jar as an operator
 * does ({@code java -jar target/csp-transition-*.jar --spring.profiles.active=demo}, a fresh H2 folder each time, as
 * CrashIT does) N times and prints min, median and max seconds from launch to /actuator/health/readiness answering 200
 * (readiness follows the application runners, so the demo data and users are in). Where the time goes: the median
 * time since launch of the log lines that end each step of the start.
 *
 * <p>Argument: "runs[ jvm-option ...]" (default 5), e.g. "5 -XX:TieredStopAtLevel=1". Needs the packaged jar
 * ({@code ./mvnw -o -q package -DskipTests}); system property startup.jar: another jar to start instead.
 */
public final class StartupBench {

    static final Duration TIMEOUT = Duration.ofMinutes(5);

    /** Each step of the start, named by the log line that ends it. */
    static final Map<String, Pattern> STEPS = new LinkedHashMap<>();
    /** The step that ends with the last of its lines, not the first. */
    static final String DEPLOYED = "processes and forms deployed";

    static {
        STEPS.put("JVM up, Spring Boot starts", Pattern.compile("Starting CspTransitionApplication"));
        STEPS.put("bean definitions read, web server created", Pattern.compile("Root WebApplicationContext: initialization completed"));
        STEPS.put("H2 opened", Pattern.compile("HikariPool-1 - Start completed"));
        STEPS.put("Flyway migrations applied", Pattern.compile("Successfully applied \\d+ migration|is up to date"));
        STEPS.put("Hibernate ready", Pattern.compile("Initialized JPA EntityManagerFactory"));
        STEPS.put("rules compiled (11 concerns)", Pattern.compile("RulesEngine .*Rules version .* loaded"));
        STEPS.put("Camunda engine built (its schema created)", Pattern.compile("ENGINE-00001 Process Engine .* created"));
        STEPS.put("web layer built (security, Camunda webapps, actuator)", Pattern.compile("EndpointLinksResolver .*Exposing"));
        STEPS.put(DEPLOYED, Pattern.compile("ProcessDeployer .*Deployed"));
        STEPS.put("Tomcat listening", Pattern.compile("Tomcat started on port"));
        STEPS.put("context refreshed (\"Started ... in\")", Pattern.compile("Started CspTransitionApplication in"));
        STEPS.put("demo data imported", Pattern.compile("Demo data loaded"));
        STEPS.put("demo users created", Pattern.compile("Demo users ready"));
    }

    public static void main(String[] args) throws Exception {
        List<String> words = args.length > 0 && !"default".equals(args[0])
                ? new ArrayList<>(Arrays.asList(args[0].trim().split("\\s+"))) : new ArrayList<>();
        int runs = words.isEmpty() ? 5 : Integer.parseInt(words.remove(0));
        Path project = Path.of("").toAbsolutePath();
        Path jar;
        try (Stream<Path> files = Files.list(project.resolve("target"))) {
            // -Dstartup.jar: another layout of the same jar, e.g. Spring Boot's extracted one for class data sharing
            jar = System.getProperty("startup.jar") != null ? Path.of(System.getProperty("startup.jar")) : files.filter(f -> f.getFileName().toString().matches("csp-transition-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/csp-transition-*.jar: ./mvnw -o -q package -DskipTests"));
        }
        System.out.printf("Startup to ready, %s, %d runs, JVM options %s%n", jar, runs, words);
        double[] ready = new double[runs];
        Map<String, List<Double>> steps = new LinkedHashMap<>();
        for (int run = 0; run < runs; run++) {
            Path home = Files.createTempDirectory("startup-bench");
            Map<String, Double> seen = new LinkedHashMap<>();
            ready[run] = start(jar, project, home, words, seen);
            seen.forEach((step, s) -> steps.computeIfAbsent(step, k -> new ArrayList<>()).add(s));
            System.out.printf("  run %d: ready after %.2f s (%s)%n", run + 1, ready[run], home);
        }
        Arrays.sort(ready);
        System.out.printf("%nStartup to ready with the demo data: min %.2f s, median %.2f s, max %.2f s (target <= 10 s: %s)%n",
                ready[0], ready[runs / 2], ready[runs - 1], ready[runs / 2] <= 10 ? "TARGET MET" : "TARGET MISSED");
        System.out.println("Where the time goes (median seconds since launch when each step ended, and the step's share):");
        double before = 0;
        List<Map.Entry<String, Double>> ordered = steps.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), median(e.getValue()))).sorted(Map.Entry.comparingByValue()).toList();
        for (Map.Entry<String, Double> step : ordered) {
            System.out.printf("  %6.2f s  +%5.2f s  %s%n", step.getValue(), step.getValue() - before, step.getKey());
            before = step.getValue();
        }
        System.out.printf("  %6.2f s  +%5.2f s  readiness answered 200%n", ready[runs / 2], ready[runs / 2] - before);
    }

    /** One start in a fresh folder (so a fresh H2 database); returns seconds to ready; stops the service after. */
    static double start(Path jar, Path project, Path home, List<String> jvmOptions, Map<String, Double> steps)
            throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--spring.profiles.active=demo", "--server.port=" + port,
                "--csp.rules.directory=" + project.resolve("rules"), "--csp.processes.directory=" + project.resolve("processes"),
                "--management.endpoint.health.probes.enabled=true"));
        Path log = home.resolve("service.log");
        Instant launched = Instant.now();
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5)).build();
            while (true) {
                if (!process.isAlive() || System.nanoTime() - t0 > TIMEOUT.toNanos()) {
                    throw new IllegalStateException("not ready: see " + log);
                }
                try {
                    if (client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            for (String line : Files.readAllLines(log)) {
                STEPS.forEach((step, pattern) -> {
                    if ((!steps.containsKey(step) || DEPLOYED.equals(step)) && pattern.matcher(line).find() && line.length() > 24) {
                        steps.put(step, Duration.between(launched, Instant.parse(line.substring(0, 24))).toNanos() / 1e9);
                    }
                });
            }
            return seconds;
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    static double median(List<Double> values) {
        return values.stream().sorted(Comparator.naturalOrder()).toList().get(values.size() / 2);
    }
}
