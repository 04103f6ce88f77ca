package com.csptransition.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.csptransition.ApiTestSupport;
import com.csptransition.cluster.ClusterNode;
import com.csptransition.notification.TestMailServer.Received;
import com.csptransition.postgres.AlsoOnPostgres;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes on one database mail each notice once: they claim disjoint rows, and a node that dies after the server
 * took a mail leaves its claim to run out; then another node mails it again, with the same Message-ID.
 */
@AlsoOnPostgres
class OutboxOncePerClusterTest extends ApiTestSupport {

    static final Duration CLAIM = Duration.ofMinutes(1);

    @Autowired
    Notifications notifications;
    @Autowired
    NotificationRepository outbox;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    final TestMailServer server = new TestMailServer();

    @BeforeEach
    @AfterEach
    void emptyOutbox() {
        outbox.deleteAll();
    }

    @Test
    void twoNodesRacingOverTheSameRowsMailEachNoticeOnce() throws Exception {
        List<Long> ids = queue(250);
        server.delay = Duration.ofMillis(2);
        NotificationSender a = node("node-a", server.senderFor("node-a"), clock);
        NotificationSender b = node("node-b", server.senderFor("node-b"), clock);

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (NotificationSender node : List.of(a, b)) {
                runs.add(nodes.submit(() -> {
                    start.await();
                    Instant deadline = Instant.now().plusSeconds(60);
                    while (pending() > 0 && Instant.now().isBefore(deadline)) {
                        node.sendPending();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(90, TimeUnit.SECONDS);
            }
        } finally {
            nodes.shutdownNow();
        }

        List<Received> mails = server.snapshot();
        Map<String, Long> copies = mails.stream().collect(Collectors.groupingBy(Received::messageId, Collectors.counting()));
        assertThat(mails).hasSize(250);
        assertThat(copies).hasSize(250).allSatisfy((id, n) -> assertThat(n).isOne());
        assertThat(mails).extracting(Received::node).contains("node-a", "node-b"); // both took part
        assertThat(outbox.findAllById(ids)).allSatisfy(n -> {
            assertThat(n.getSentTime()).isNotNull();
            assertThat(n.getAttempts()).isOne();
        });
        assertThat(jdbc.queryForObject("select count(*) from notification where claimed_by is not null", Long.class))
                .isZero();
    }

    @Test
    void aNodeThatDiesAfterSendingLeavesItsClaimToRunOutThenAnotherNodeSendsItAgainWithTheSameMessageId() {
        List<Long> ids = queue(3);
        NotificationSender dying = node("node-a", new DiesAfterTheServerTookIt(server.senderFor("node-a")), clock);
        assertThatThrownBy(dying::sendPending).isInstanceOf(NodeDied.class);
        assertThat(server.snapshot()).hasSize(1);

        NotificationSender other = node("node-b", server.senderFor("node-b"), clock);
        other.sendPending(); // node-a's claim still runs: nothing
        assertThat(server.snapshot()).hasSize(1);
        assertThat(pending()).isEqualTo(3);

        NotificationSender later = node("node-b", server.senderFor("node-b"),
                Clock.offset(clock, CLAIM.plusSeconds(1)));
        later.sendPending();

        List<Received> mails = server.snapshot();
        assertThat(mails).extracting(Received::node).containsExactly("node-a", "node-b", "node-b", "node-b");
        assertThat(mails.get(1).messageId()).isEqualTo(mails.get(0).messageId()); // the receiver's copy to drop
        assertThat(mails.stream().map(Received::messageId).distinct()).hasSize(3);
        assertThat(pending()).isZero();
        assertThat(outbox.findAllById(ids)).allSatisfy(n -> assertThat(n.getAttempts()).isOne());
    }

    @Test
    void aRoundStartsNoSendOnceHalfItsClaimIsGoneAndGivesTheRestBack() {
        queue(3);
        MovingClock moving = new MovingClock(clock.instant());
        server.onReceive = () -> moving.advance(Duration.ofSeconds(20)); // a slow server
        NotificationSender slow = node("node-a", server.senderFor("node-a"), moving);

        slow.sendPending(); // sends at 0 s and 20 s; at 40 s less than half of its minute is left

        assertThat(server.snapshot()).hasSize(2);
        assertThat(pending()).isOne();
        assertThat(jdbc.queryForObject("select count(*) from notification where claimed_by is not null", Long.class))
                .as("given back at once, not when the claim runs out").isZero();
        node("node-b", server.senderFor("node-b"), clock).sendPending();
        assertThat(server.snapshot()).hasSize(3);
    }

    @Test
    void theMessageIdNamesTheNoticeAndTheSenderDomain() {
        Long id = queue(1).get(0);
        node("node-a", server.senderFor("node-a"), clock).sendPending();

        Notification sent = outbox.findById(id).orElseThrow();
        assertThat(server.snapshot().get(0).messageId()).isEqualTo("<notification." + id + "."
                + sent.getCreatedTime().toEpochMilli() + "@example.test>");
    }

    private NotificationSender node(String name, JavaMailSender mail, Clock clock) {
        return new NotificationSender(outbox, mail, tx, clock, new ClusterNode(name), "CSP <from@example.test>", CLAIM);
    }

    private List<Long> queue(int count) {
        return tx.execute(s -> IntStream.range(0, count).mapToObj(i -> notifications.queue(new Notifications.Message(
                "TEST", FABRIKAM, "ann" + i + "@fabrikam.example", "Notice " + i, "Body")).getId()).toList());
    }

    private long pending() {
        return jdbc.queryForObject("select count(*) from notification where sent_time is null", Long.class);
    }

    static class NodeDied extends Error {
    }

    /** The server took the mail, then the node died (kill -9) before it could record that. */
    static class DiesAfterTheServerTookIt extends JavaMailSenderImpl {
        private final JavaMailSenderImpl delegate;

        DiesAfterTheServerTookIt(JavaMailSenderImpl delegate) {
            this.delegate = delegate;
        }

        @Override
        public MimeMessage createMimeMessage() {
            return delegate.createMimeMessage();
        }

        @Override
        public void send(MimeMessage... messages) {
            delegate.send(messages);
            throw new NodeDied();
        }
    }

    static class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
