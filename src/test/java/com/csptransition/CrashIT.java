package com.csptransition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * kill -9 under load. The packaged service runs as a child process (java -jar, the demo profile, H2 in a folder of
 * its own with the URL of application.yaml); a few clients import customers and create, accept, withdraw and verify
 * transfers through the REST API; the service is killed (SIGKILL) while they are at it and started again on the same
 * files. Every write it answered 2xx must be there, and nothing half applied: each request's state, its Camunda
 * process (running or not, its open task) and both partners' subscriptions tell the same story.
 */
class CrashIT {

    static final String CONTOSO = "11111111-1111-4111-8111-111111111111";
    static final String NORTHWIND = "33333333-3333-4333-8333-333333333333";
    static final int CLIENTS = 4;
    /** Load before the kill, at least; then the kill comes once a few transfers have been verified too. */
    static final Duration LOAD = Duration.ofSeconds(8);
    static final Duration MAX_LOAD = Duration.ofSeconds(40);


    /** How far a request got: what a client was answered 2xx for, or what the restarted service shows. */
    enum Stage {
        NONE, IMPORTED, CREATED, ACCEPTED, TRANSFERRED, PROVIDER_VERIFIED, PARTNER_VERIFIED, WITHDRAWN;

        /** Whether a request shown at this stage has everything a client was told of reaching {@code acked}. */
        boolean keeps(Stage acked) {
            if (acked == WITHDRAWN || this == WITHDRAWN) {
                return this == acked || acked.compareTo(CREATED) <= 0;
            }
            // the transfer job runs by itself after the acceptance: TRANSFERRED was never answered to a client
            return compareTo(acked) >= 0;
        }
    }

    /** One client's customer, its subscription and its transfer request; written by that client only. */
    static final class Lifecycle {
        final String customer;
        final String subscription;
        String transferId;
        volatile Stage acked = Stage.NONE;
        volatile long ackedAt;

        Lifecycle(String name) {
            customer = name + "-customer";
            subscription = name + "-sub";
        }

        void ack(Stage stage) {
            acked = stage;
            ackedAt = System.nanoTime();
        }
    }

    /** Every lifecycle a client began, in order; and what the load was answered unexpectedly. */
    final ConcurrentLinkedQueue<Lifecycle> lifecycles = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> loadErrors = new ConcurrentLinkedQueue<>();
    volatile boolean killed;

    @Test
    void everyWriteAnsweredBeforeAKillNineIsThereAfterTheRestart() throws Exception {
        Path home = Files.createDirectories(Path.of("target", "crash-it")).resolve("run-" + System.currentTimeMillis());
        Files.createDirectories(home);
        long killedAt;
        long began = System.nanoTime();
        try (ServiceProcess first = ServiceProcess.start(home, "first", "--spring.profiles.active=demo")) {
            Duration started = elapsed(began);
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                Thread thread = new Thread(() -> client(first, client), "crash-client-" + c);
                thread.start();
                clients.add(thread);
            }
            long start = System.nanoTime();
            while (loadErrors.isEmpty() && (elapsed(start).compareTo(LOAD) < 0 || count(Stage.PARTNER_VERIFIED) < CLIENTS)
                    && elapsed(start).compareTo(MAX_LOAD) < 0) {
                Thread.sleep(50);
            }
            killed = true;
            killedAt = System.nanoTime();
            first.kill();
            for (Thread client : clients) {
                client.join();
            }
            System.out.printf("CrashIT: started in %d s, killed after %d s of load%n", started.toSeconds(),
                    Duration.ofNanos(killedAt - start).toSeconds());
        }
        assertThat(loadErrors).as("unexpected answers under load (before the kill)").isEmpty();
        String summary = summary(killedAt);
        System.out.println("CrashIT: " + summary);

        long restart = System.nanoTime();
        try (ServiceProcess second = ServiceProcess.start(home, "second", "--spring.profiles.active=demo",
                // the state as the kill left it, while it is checked: a transfer job of the dead service, due again
                // once its 30 s lock runs out, would otherwise move a request on between two reads of the check
                "--camunda.bpm.job-execution.enabled=false")) {
            System.out.printf("CrashIT: restarted in %d s%n", elapsed(restart).toSeconds());
            List<String> problems = check(second, killedAt);
            assertThat(problems).as("after kill -9 and restart (%s; the services' logs and files: %s)", summary,
                    home.toAbsolutePath()).isEmpty();
        }
        deleteRecursively(home);
    }

    private void client(ServiceProcess service, int client) {
        Deque<Lifecycle> awaitingTransfer = new ArrayDeque<>();
        try {
            for (int n = 0; !killed; n++) {
                Lifecycle l = new Lifecycle("crash-" + client + "-" + n);
                lifecycles.add(l);
                service.call("demo", "POST", "/v1/admin/import", importBundle(l.customer, l.subscription), 200);
                l.ack(Stage.IMPORTED);
                String transfers = "/v1/customers/" + l.customer + "/transfers";
                JsonNode created = service.call("contoso-admin", "POST", transfers, """
                        {"sourcePartnerTenantId": "%s", "targetPartnerTenantId": "%s",
                         "lineItems": [{"subscriptionId": "%s"}]}""".formatted(CONTOSO, NORTHWIND, l.subscription), 201);
                l.transferId = created.get("id").asText();
                l.ack(Stage.CREATED);
                if (n % 4 == 3) {
                    service.call("contoso-admin", "DELETE", transfers + "/" + l.transferId, null, 204);
                    l.ack(Stage.WITHDRAWN);
                } else {
                    service.call("northwind-sales", "POST", transfers + "/" + l.transferId + "/accept", null, 200);
                    l.ack(Stage.ACCEPTED);
                    awaitingTransfer.add(l);
                }
                // the oldest accepted request whose transfer job has run is verified by both sides
                Lifecycle oldest = awaitingTransfer.peek();
                String path = oldest == null ? null : "/v1/customers/" + oldest.customer + "/transfers/" + oldest.transferId;
                if (oldest != null && "Complete".equals(service.call("contoso-admin", "GET", path, null, 200).get("status").asText())) {
                    service.call("northwind-admin", "POST", path + "/verify", null, 200);
                    oldest.ack(Stage.PROVIDER_VERIFIED);
                    service.call("contoso-admin", "POST", path + "/verify", null, 200);
                    oldest.ack(Stage.PARTNER_VERIFIED);
                    awaitingTransfer.remove();
                }
            }
        } catch (Exception e) {
            if (!killed) {
                loadErrors.add("client " + client + ": " + e.getMessage());
            }
        }
    }

    /** A direct bill customer of Contoso with one subscription, moved to Northwind, its MCA accepted. */
    static String importBundle(String customer, String subscription) {
        return """
                {"customers": [{"id": "%1$s", "name": "Crash test %1$s", "acquiredAs": "DIRECT_BILL",
                   "resellerRelationships": [{"partnerId": "%2$s", "delegatedAdminPrivileges": true},
                                             {"partnerId": "%3$s", "delegatedAdminPrivileges": false}],
                   "mcaAcceptances": [{"method": "M365_ADMIN_CENTER", "partnerId": "%2$s", "dateAgreed": "2020-01-20"}]}],
                 "subscriptions": [{"id": "%4$s", "customerId": "%1$s", "partnerId": "%2$s", "offerId": "O365-E3",
                   "offerName": "Office 365 E3", "offerKind": "LICENSE_BASED", "quantity": 10, "billingCycle": "monthly",
                   "status": "ACTIVE"}]}""".formatted(customer, CONTOSO, NORTHWIND, subscription);
    }

    /**
     * Every lifecycle a client began, against the restarted service: what was answered 2xx is there, and the request
     * (also one whose creation was in flight at the kill) agrees with its process and the subscriptions.
     */
    private List<String> check(ServiceProcess service, long killedAt) throws Exception {
        Map<String, String> instances = new HashMap<>(); // business key (request id) → process instance
        service.call("demo", "GET", "/engine-rest/process-instance?processDefinitionKey=subscriptionTransfer", null, 200)
                .forEach(p -> instances.put(p.get("businessKey").asText(), p.get("id").asText()));
        Map<String, Set<String>> openTasks = new HashMap<>(); // process instance → its open tasks' keys
        service.call("demo", "GET", "/engine-rest/task?processDefinitionKey=subscriptionTransfer", null, 200)
                .forEach(t -> openTasks.computeIfAbsent(t.get("processInstanceId").asText(), k -> new TreeSet<>())
                        .add(t.get("taskDefinitionKey").asText()));
        List<String> problems = new ArrayList<>();
        for (Lifecycle l : lifecycles) {
            String lost = l.acked == Stage.NONE ? "" : " (" + l.acked + " answered "
                    + Duration.ofNanos(killedAt - l.ackedAt).toMillis() + " ms before the kill)";
            HttpResponse<String> customer = service.send("contoso-admin", "GET", "/v1/customers/" + l.customer, null);
            if (customer.statusCode() != 200) {
                if (l.acked != Stage.NONE) {
                    problems.add(l.customer + ": imported customer is gone" + lost);
                }
                continue;
            }
            JsonNode requests = service.call("contoso-admin", "GET", "/v1/customers/" + l.customer + "/transfers", null, 200)
                    .get("items");
            JsonNode request = requests.size() == 0 ? null : requests.get(0);
            if (requests.size() > 1 || request != null && l.transferId != null && !l.transferId.equals(request.get("id").asText())) {
                problems.add(l.customer + ": requests other than the one created: " + requests);
                continue;
            }
            Stage shown = request == null ? Stage.IMPORTED : stage(request);
            if (!shown.keeps(l.acked)) {
                problems.add(l.customer + ": shows " + shown + lost);
            }
            if (request != null) {
                String id = request.get("id").asText();
                Set<String> expected = switch (shown) {
                    case CREATED -> Set.of("reviewTransfer");
                    case ACCEPTED -> Set.of(); // the transfer job waits
                    case TRANSFERRED -> Set.of("providerVerifiesTransfer");
                    case PROVIDER_VERIFIED -> Set.of("partnerVerifiesTransfer");
                    default -> null; // the process has ended
                };
                String instance = instances.get(id);
                if (expected == null ? instance != null : instance == null) {
                    problems.add(l.customer + ": request " + shown + " but its process " + (instance == null ? "is not" : "is")
                            + " running" + lost);
                } else if (expected != null && !expected.equals(openTasks.getOrDefault(instance, Set.of()))) {
                    problems.add(l.customer + ": request " + shown + " but its process waits in "
                            + openTasks.getOrDefault(instance, Set.of()) + lost);
                }
            }
            boolean transferred = shown.compareTo(Stage.TRANSFERRED) >= 0 && shown != Stage.WITHDRAWN;
            String partnerSide = subscriptions(service, "contoso-admin", l.customer);
            String providerSide = subscriptions(service, "northwind-admin", l.customer);
            if (!partnerSide.equals(transferred ? "[suspended]" : "[active]") || !providerSide.equals(transferred ? "[active]" : "[]")) {
                problems.add(l.customer + ": request " + shown + " but the partner's subscriptions are " + partnerSide
                        + " and the provider's " + providerSide + lost);
            }
        }
        return problems;
    }

    private static Stage stage(JsonNode request) {
        JsonNode verified = request.get("verifications");
        return switch (request.get("status").asText()) {
            case "Canceled" -> Stage.WITHDRAWN;
            case "Active" -> "northwind-sales".equals(request.path("lastModifiedUser").asText()) ? Stage.ACCEPTED : Stage.CREATED;
            case "Complete" -> verified.hasNonNull("partner") ? Stage.PARTNER_VERIFIED
                    : verified.hasNonNull("provider") ? Stage.PROVIDER_VERIFIED : Stage.TRANSFERRED;
            default -> Stage.NONE; // Failed, Reject, Expired: no client asked for these
        };
    }

    private String subscriptions(ServiceProcess service, String user, String customer) throws Exception {
        List<String> statuses = new ArrayList<>();
        service.call(user, "GET", "/v1/customers/" + customer + "/subscriptions", null, 200).get("items")
                .forEach(s -> statuses.add(s.get("status").asText()));
        return statuses.toString();
    }

    private String summary(long killedAt) {
        Map<Stage, Integer> reached = new EnumMap<>(Stage.class);
        long lastAck = Long.MIN_VALUE;
        for (Lifecycle l : lifecycles) {
            for (Stage s : Stage.values()) {
                if (s != Stage.NONE && s != Stage.TRANSFERRED && l.acked.keeps(s)) {
                    reached.merge(s, 1, Integer::sum);
                }
            }
            lastAck = Math.max(lastAck, l.ackedAt);
        }
        int writes = reached.values().stream().mapToInt(Integer::intValue).sum();
        return writes + " writes answered 2xx " + reached + ", the last " + Duration.ofNanos(killedAt - lastAck).toMillis()
                + " ms before the kill";
    }

    private int count(Stage stage) {
        int n = 0;
        for (Lifecycle l : lifecycles) {
            n += l.acked == stage ? 1 : 0;
        }
        return n;
    }

    private static Duration elapsed(long since) {
        return Duration.ofNanos(System.nanoTime() - since);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
