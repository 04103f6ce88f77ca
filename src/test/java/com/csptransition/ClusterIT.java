package com.csptransition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nodes of the packaged service (child processes) on one PostgreSQL (embedded, started by the test) behave as one.
 * Started together on an empty database, all come up and the schema is migrated once. Accept-vs-withdraw and
 * create-vs-create races across nodes have one winner and leave states consistent; every transfer job runs once;
 * each notice is mailed once (a real SMTP server); a transfer job held by a node killed with kill -9 runs on another
 * node within a minute.
 */
class ClusterIT {

    static final String CONTOSO = CrashIT.CONTOSO;
    static final String NORTHWIND = CrashIT.NORTHWIND;
    static final int NODES = 3;
    static final int RACES = 12;
    static final Duration FAILOVER = Duration.ofMinutes(1);

    final List<ServiceProcess> nodes = new ArrayList<>();
    final ExecutorService clients = Executors.newFixedThreadPool(NODES);

    @Test
    void nodesOnOnePostgresqlBehaveAsOne() throws Exception {
        Path home = Files.createDirectories(Path.of("target", "cluster-it", "run-" + System.currentTimeMillis()));
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try {
                JdbcTemplate db = new JdbcTemplate(postgres.getPostgresDatabase());
                startTogetherOnAnEmptyDatabase(home, postgres, smtp, db);
                List<String> accepted = acceptOrWithdrawAcrossNodes();
                createTheSameTransferOnEveryNode();
                everyAcceptedTransferRunsOnce(accepted, db);
                everyNoticeIsMailedOnce(smtp, db);
                aDeadNodesTransferJobRunsOnAnother(postgres.getPostgresDatabase(), db);
                noNodeLoggedAnError();
            } finally {
                clients.shutdownNow();
                for (ServiceProcess node : nodes) {
                    node.close();
                }
            }
        } finally {
            smtp.stop();
        }
    }

    /** Lost races are 409s and INFO lines, not errors (PostgreSQL's lock and unique-key errors included). */
    private void noNodeLoggedAnError() throws Exception {
        for (ServiceProcess node : nodes) {
            assertThat(node.logLines()).as(node.log.toString()).noneMatch(line -> line.contains(" ERROR "));
        }
    }

    private void startTogetherOnAnEmptyDatabase(Path home, EmbeddedPostgres postgres, GreenMail smtp, JdbcTemplate db)
            throws Exception {
        long began = System.nanoTime();
        for (int i = 1; i <= NODES; i++) {
            nodes.add(ServiceProcess.launch(home, "node-" + i, "--spring.profiles.active=postgres,demo",
                    "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=",
                    "--csp.cluster.node-name=node-" + i, "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + smtp.getSmtp().getPort(), "--csp.notifications.send-interval=PT1S"));
        }
        for (ServiceProcess node : nodes) {
            node.awaitReady();
        }
        System.out.printf("ClusterIT: %d nodes started together, all ready after %d s%n", NODES,
                Duration.ofNanos(System.nanoTime() - began).toSeconds());
        assertThat(db.queryForList("select version from flyway_schema_history group by version having count(*) > 1",
                String.class)).as("migrations applied twice").isEmpty();
        assertThat(db.queryForObject("select count(*) from flyway_schema_history where version = '14' and success",
                Integer.class)).as("Camunda's schema, migration 14").isEqualTo(1);
        int migrated = 0;
        for (ServiceProcess node : nodes) {
            List<String> log = node.logLines();
            assertThat(log).as(node.log + ": the node took its startup turn")
                    .anyMatch(line -> line.contains("Startup turn taken"));
            migrated += log.stream().anyMatch(line -> line.contains("Migrating schema")) ? 1 : 0;
        }
        assertThat(migrated).as("nodes that migrated the schema").isEqualTo(1);
    }

    /** One node accepts while another withdraws the same request: one wins, the other is told 409. */
    private List<String> acceptOrWithdrawAcrossNodes() throws Exception {
        List<String> accepted = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int r = 0; r < RACES; r++) {
            ServiceProcess accepting = nodes.get(r % NODES);
            ServiceProcess withdrawing = nodes.get((r + 1) % NODES);
            String customer = "race-" + r;
            String path = created(nodes.get((r + 2) % NODES), customer, customer + "-sub");
            Future<HttpResponse<String>> accept = clients.submit(() -> accepting.send("northwind-sales", "POST",
                    path + "/accept", null));
            Future<HttpResponse<String>> withdraw = clients.submit(() -> withdrawing.send("contoso-admin", "DELETE",
                    path, null));
            int a = accept.get().statusCode();
            int w = withdraw.get().statusCode();
            outcomes.merge("accept " + a + ", withdraw " + w, 1, Integer::sum);
            assertThat(List.of(a, w)).as("round %d: accept %s, withdraw %s", r, accept.get().body(),
                    withdraw.get().body()).isIn(List.of(200, 409), List.of(409, 204));
            String status = nodes.get((r + 2) % NODES).call("contoso-admin", "GET", path, null, 200).get("status").asText();
            if (a == 200) {
                accepted.add(path);
            } else {
                assertThat(status).as("withdrawn request " + path).isEqualTo("Canceled");
            }
        }
        System.out.println("ClusterIT: accept vs withdraw across nodes " + outcomes);
        return accepted;
    }

    /** Every node creates a request for the same subscription at once: one is created. */
    private void createTheSameTransferOnEveryNode() throws Exception {
        Map<Integer, Integer> answers = new TreeMap<>();
        for (int r = 0; r < RACES; r++) {
            String customer = "double-" + r;
            nodes.get(r % NODES).call("demo", "POST", "/v1/admin/import", CrashIT.importBundle(customer, customer + "-sub"), 200);
            List<Future<HttpResponse<String>>> creates = new ArrayList<>();
            for (ServiceProcess node : nodes) {
                creates.add(clients.submit(() -> node.send("contoso-admin", "POST", "/v1/customers/" + customer + "/transfers",
                        transfer(customer + "-sub"))));
            }
            int created = 0;
            for (Future<HttpResponse<String>> create : creates) {
                int status = create.get().statusCode();
                answers.merge(status, 1, Integer::sum);
                created += status == 201 ? 1 : 0;
                assertThat(status).as(create.get().body()).isIn(201, 409, 422);
            }
            assertThat(created).as("round %d: requests created", r).isEqualTo(1);
            JsonNode requests = nodes.get(0).call("contoso-admin", "GET", "/v1/customers/" + customer + "/transfers", null, 200);
            assertThat(requests.get("items")).as("requests of " + customer).hasSize(1);
        }
        System.out.println("ClusterIT: " + NODES + " nodes creating the same transfer, answers " + answers);
    }

    /** The job executors of all nodes share the jobs: each accepted transfer is applied once, by one of them. */
    private void everyAcceptedTransferRunsOnce(List<String> accepted, JdbcTemplate db) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        for (String path : accepted) {
            while (!"Complete".equals(nodes.get(0).call("contoso-admin", "GET", path, null, 200).get("status").asText())) {
                assertThat(System.nanoTime()).as(path + " was not transferred within 2 minutes").isLessThan(deadline);
                Thread.sleep(200);
            }
            String customer = path.split("/")[3];
            assertThat(db.queryForObject("select count(*) from subscription where customer_id = ? and partner_id = ?",
                    Integer.class, customer, NORTHWIND)).as("the provider's copies of " + customer).isEqualTo(1);
            assertThat(db.queryForObject("select status from subscription where customer_id = ? and partner_id = ?",
                    String.class, customer, CONTOSO)).as("the partner's subscription of " + customer).isEqualTo("SUSPENDED");
        }
        System.out.println("ClusterIT: " + accepted.size() + " transfers applied once each");
    }

    /** What the nodes mailed: every notice once, none twice, none left behind. */
    private void everyNoticeIsMailedOnce(GreenMail smtp, JdbcTemplate db) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (db.queryForObject("select count(*) from notification where sent_time is null", Integer.class) > 0) {
            assertThat(System.nanoTime()).as("notices still unsent after a minute").isLessThan(deadline);
            Thread.sleep(500);
        }
        int sent = db.queryForObject("select count(*) from notification", Integer.class);
        MimeMessage[] mails = smtp.getReceivedMessages();
        Set<String> ids = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (MimeMessage mail : mails) {
            if (!ids.add(mail.getMessageID())) {
                twice.add(mail.getMessageID());
            }
        }
        System.out.printf("ClusterIT: %d notices, %d mails%n", sent, mails.length);
        assertThat(twice).as("mailed twice").isEmpty();
        assertThat(mails).as("one mail per notice").hasSize(sent);
        assertThat(sent).as("notices of the races").isGreaterThan(RACES);
    }

    /**
     * A node acquires the job that applies an accepted transfer and is killed (kill -9) while it runs it: the
     * transfer waits for the job's lock to run out, not for the node, and another node applies it.
     */
    private void aDeadNodesTransferJobRunsOnAnother(DataSource dataSource, JdbcTemplate db) throws Exception {
        String customer = "failover";
        String path = created(nodes.get(0), customer, customer + "-sub");
        String requestId = path.substring(path.lastIndexOf('/') + 1);
        String owner;
        long killed;
        // the test holds the partner's subscription row: the job that moves it waits on the node that acquired it
        try (Connection hold = dataSource.getConnection()) {
            hold.setAutoCommit(false);
            try (PreparedStatement lock = hold.prepareStatement("select id from subscription where id = ? for update")) {
                lock.setString(1, customer + "-sub");
                lock.executeQuery().close();
            }
            CompletableFuture<HttpResponse<String>> accept = CompletableFuture.supplyAsync(() -> {
                try {
                    return nodes.get(0).send("northwind-sales", "POST", path + "/accept", null);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            owner = awaitJobLockOwner(db, requestId);
            assertThat(accept.get().statusCode()).as(accept.get().body()).isEqualTo(200);
            ServiceProcess holder = nodes.stream().filter(n -> n.log.getFileName().toString().equals(owner + ".log"))
                    .findFirst().orElseThrow();
            holder.kill();
            killed = System.nanoTime();
            hold.rollback();
        }
        ServiceProcess survivor = nodes.stream().filter(n -> n.process.isAlive()).findFirst().orElseThrow();
        while (!"Complete".equals(survivor.call("contoso-admin", "GET", path, null, 200).get("status").asText())) {
            assertThat(Duration.ofNanos(System.nanoTime() - killed)).as("transfer held by the dead " + owner)
                    .isLessThan(FAILOVER);
            Thread.sleep(250);
        }
        Duration resumed = Duration.ofNanos(System.nanoTime() - killed);
        System.out.printf("ClusterIT: %s killed holding the transfer job; applied by another node %d s later%n",
                owner, resumed.toSeconds());
        assertThat(db.queryForObject("select count(*) from subscription where customer_id = ? and partner_id = ?",
                Integer.class, customer, NORTHWIND)).as("the provider's copies").isEqualTo(1);
    }

    private static String awaitJobLockOwner(JdbcTemplate db, String requestId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            List<String> owners = db.queryForList("select j.lock_owner_ from act_ru_job j join act_ru_execution e"
                    + " on e.id_ = j.process_instance_id_ where e.business_key_ = ? and j.lock_owner_ is not null",
                    String.class, requestId);
            if (!owners.isEmpty()) {
                return owners.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no node acquired the transfer job of " + requestId + " within 60 s");
    }

    /** A new customer and subscription, imported, and a transfer request for it: the request's path. */
    private static String created(ServiceProcess node, String customer, String subscription) throws Exception {
        node.call("demo", "POST", "/v1/admin/import", CrashIT.importBundle(customer, subscription), 200);
        JsonNode request = node.call("contoso-admin", "POST", "/v1/customers/" + customer + "/transfers",
                transfer(subscription), 201);
        return "/v1/customers/" + customer + "/transfers/" + request.get("id").asText();
    }

    private static String transfer(String subscription) {
        return """
                {"sourcePartnerTenantId": "%s", "targetPartnerTenantId": "%s",
                 "lineItems": [{"subscriptionId": "%s"}]}""".formatted(CONTOSO, NORTHWIND, subscription);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
