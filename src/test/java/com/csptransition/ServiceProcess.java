package com.csptransition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar as a child process (java -jar, the *IT tests), in a folder of its own (./data is its H2 database
 * unless the arguments name another), ready when its readiness probe answers; and calls to its REST API as a demo
 * user (password demo).
 */
final class ServiceProcess implements AutoCloseable {

    /** Generous: on two shared cores a start has taken a minute, and nodes started together take turns. */
    static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    static final ObjectMapper JSON = new ObjectMapper();

    final Process process;
    final String base;
    final Path log;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ServiceProcess(Process process, String base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    /** Started and ready. */
    static ServiceProcess start(Path home, String name, String... arguments) throws Exception {
        ServiceProcess service = launch(home, name, arguments);
        service.awaitReady();
        return service;
    }

    /** Started; {@link #awaitReady()} waits for it. */
    static ServiceProcess launch(Path home, String name, String... arguments) throws IOException {
        Path project = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        Path jar = Path.of(System.getProperty("csp.jar", "target/csp-transition-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // C1 only: a quicker start; the tests measure no speed
                "-XX:TieredStopAtLevel=1", "-Xmx1g", "-jar", jar.toString(), "--server.port=" + port,
                "--csp.rules.directory=" + project.resolve("rules"),
                "--csp.processes.directory=" + project.resolve("processes"), "--csp.rules.watch=false",
                "--management.endpoint.health.probes.enabled=true"));
        command.addAll(List.of(arguments));
        Path log = home.resolve(name + ".log");
        Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new ServiceProcess(process, "http://localhost:" + port, log);
    }

    /** Ready once the demo data and users are in: readiness comes after the application runners. */
    void awaitReady() throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service died at start:\n" + tail());
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("the service was not ready within " + START_TIMEOUT + ":\n" + tail());
    }

    /** The answer's body, which must come with the expected status. */
    JsonNode call(String user, String method, String path, String body, int expected) throws Exception {
        HttpResponse<String> response = send(user, method, path, body);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    HttpResponse<String> send(String user, String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** kill -9: no shutdown hook, no H2 close, no flush, no job unlocked. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    List<String> logLines() throws IOException {
        return Files.readAllLines(log);
    }

    String tail() throws IOException {
        List<String> lines = logLines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
