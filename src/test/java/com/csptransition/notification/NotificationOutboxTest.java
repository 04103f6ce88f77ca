package com.csptransition.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.csptransition.ApiTestSupport;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/** One outbox: notices are rows first, mailed later; a failed send loses nothing and is tried again. */
class NotificationOutboxTest extends ApiTestSupport {

    @Autowired
    Notifications notifications;
    @Autowired
    NotificationRepository outbox;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;

    @AfterEach
    void emptyOutbox() {
        outbox.deleteAll();
    }

    @Test
    void aFailedSendStaysPendingWithItsErrorAndTheNextRoundSendsIt() {
        Long id = tx.execute(s -> notifications.queue(new Notifications.Message("TEST", FABRIKAM,
                "ann@fabrikam.example", "Hello", "Body")).getId());
        JavaMailSender mail = mock(JavaMailSender.class);
        NotificationSender sender = new NotificationSender(outbox, mail, tx, clock, "from@example.test");

        doThrow(new MailSendException("connection refused")).when(mail).send(any(SimpleMailMessage.class));
        sender.sendPending();

        Notification failed = outbox.findById(id).orElseThrow();
        assertThat(failed.getSentTime()).isNull();
        assertThat(failed.getAttempts()).isEqualTo(1);
        assertThat(failed.getLastError()).contains("connection refused");

        doNothing().when(mail).send(any(SimpleMailMessage.class));
        sender.sendPending();

        Notification sent = outbox.findById(id).orElseThrow();
        assertThat(sent.getSentTime()).isNotNull();
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getLastError()).isNull();
        ArgumentCaptor<SimpleMailMessage> message = ArgumentCaptor.forClass(SimpleMailMessage.class);
        org.mockito.Mockito.verify(mail, org.mockito.Mockito.times(2)).send(message.capture());
        assertThat(message.getValue().getTo()).containsExactly("ann@fabrikam.example");
        assertThat(message.getValue().getSubject()).isEqualTo("Hello");

        sender.sendPending(); // nothing pending: nothing sent twice
        org.mockito.Mockito.verify(mail, org.mockito.Mockito.times(2)).send(any(SimpleMailMessage.class));
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
