package com.csptransition.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import com.csptransition.cluster.ClusterNode;
import com.csptransition.postgres.AlsoOnPostgres;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** One outbox: notices are rows first, mailed later; a failed send loses nothing and is tried again. */
@AlsoOnPostgres
class NotificationOutboxTest extends ApiTestSupport {

    @Autowired
    Notifications notifications;
    @Autowired
    NotificationRepository outbox;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;

    @BeforeEach
    @AfterEach
    void emptyOutbox() {
        outbox.deleteAll();
    }

    @Test
    void aFailedSendStaysPendingWithItsErrorAndTheNextRoundSendsIt() {
        Long id = tx.execute(s -> notifications.queue(new Notifications.Message("TEST", FABRIKAM,
                "ann@fabrikam.example", "Hello", "Body")).getId());
        TestMailServer server = new TestMailServer();
        NotificationSender sender = new NotificationSender(outbox, server.senderFor("node"), tx, clock,
                new ClusterNode("node"), "from@example.test", Duration.ofMinutes(1));

        server.refusing = true;
        sender.sendPending();

        Notification failed = outbox.findById(id).orElseThrow();
        assertThat(failed.getSentTime()).isNull();
        assertThat(failed.getAttempts()).isEqualTo(1);
        assertThat(failed.getLastError()).contains("connection refused");

        server.refusing = false;
        sender.sendPending(); // the failed round gave its claim back: no need to wait for it to run out

        Notification sent = outbox.findById(id).orElseThrow();
        assertThat(sent.getSentTime()).isNotNull();
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getLastError()).isNull();
        assertThat(server.snapshot()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("ann@fabrikam.example");
            assertThat(mail.subject()).isEqualTo("Hello");
        });

        sender.sendPending(); // nothing pending: nothing sent twice
        assertThat(server.snapshot()).hasSize(1);
    }

    @Test
    void queueingJoinsTheCallersTransactionAndARolledBackCauseLeavesNoNotice() {
        tx.executeWithoutResult(s -> {
            notifications.queue(new Notifications.Message("TEST", FABRIKAM, "ann@fabrikam.example", "Hello", "Body"));
            s.setRollbackOnly();
        });
        assertThat(outbox.count()).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> notifications.queue(
                new Notifications.Message("TEST", FABRIKAM, "a@b.c", "s", "b")))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    void eachOrganisationReadsOnlyItsOwnNotifications() throws Exception {
        tx.executeWithoutResult(s -> {
            notifications.queue(new Notifications.Message("TEST", FABRIKAM, "ann@fabrikam.example", "For Fabrikam", "Body"));
            notifications.queue(new Notifications.Message("TEST", CONTOSO, "bob@contoso.example", "For Contoso", "Body"));
        });

        mvc.perform(get("/api/notifications").with(as("fabrikam-admin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].subject").value("For Fabrikam"));
        mvc.perform(get("/api/notifications").with(admin())).andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get("/api/notifications").with(as("nobody"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/notifications")).andExpect(status().isUnauthorized());
    }
}
