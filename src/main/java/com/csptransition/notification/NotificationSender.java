package com.csptransition.notification;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.springframework.data.domain.Limit;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails pending notifications when Spring Boot configured a mail sender (spring.mail.host set). A notification is
 * marked sent only after the server took it; a failure is recorded and the next round tries again.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
public class NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

    private final NotificationRepository outbox;
    private final JavaMailSender mail;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;

    public NotificationSender(NotificationRepository outbox, JavaMailSender mail, TransactionTemplate transactions,
            Clock clock, @Value("${csp.notifications.from:no-reply@csp-transition.local}") String from) {
        this.outbox = outbox;
        this.mail = mail;
        this.transactions = transactions;
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${csp.notifications.send-interval:PT30S}")
    public void sendPending() {
        for (Notification pending : outbox.findBySentTimeIsNullOrderByIdAsc(Limit.of(100))) {
            send(pending);
        }
    }

    private void send(Notification notification) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(notification.getRecipient());
        message.setSubject(notification.getSubject());
        message.setText(notification.getBody());
        try {
            mail.send(message);
            transactions.executeWithoutResult(s -> outbox.findById(notification.getId())
                    .ifPresent(n -> n.sent(Instant.now(clock))));
        } catch (MailException e) {
            log.warn("Notification {} to {} not sent, will retry: {}", notification.getId(),
                    notification.getRecipient(), e.getMessage());
            transactions.executeWithoutResult(s -> outbox.findById(notification.getId())
                    .ifPresent(n -> n.failed(e.getMessage())));
        }
    }
}
