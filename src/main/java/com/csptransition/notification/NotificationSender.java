package com.csptransition.notification;

import com.csptransition.cluster.ClusterNode;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails pending notifications when Spring Boot configured a mail sender (spring.mail.host set), once per cluster:
 * a round first claims up to 100 rows for this node (csp.notifications.claim-for), mails them, and marks each sent
 * after the server took it. Another node skips claimed rows until the claim runs out. A node that dies after the
 * server took a mail and before marking it leaves the claim to run out, and another node mails it again: delivery
 * is at least once, and both copies carry the same Message-ID (from the notice) so that a receiving mail system can
 * recognise the second. A failure is recorded, the claim released, and the next round tries again.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
public class NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

    private final NotificationRepository outbox;
    private final JavaMailSender mail;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ClusterNode node;
    private final String from;
    private final String fromDomain;
    private final Duration claimFor;

    public NotificationSender(NotificationRepository outbox, JavaMailSender mail, TransactionTemplate transactions,
            Clock clock, ClusterNode node, @Value("${csp.notifications.from:no-reply@csp-transition.local}") String from,
            @Value("${csp.notifications.claim-for:PT1M}") Duration claimFor) {
        this.outbox = outbox;
        this.mail = mail;
        this.transactions = transactions;
        this.clock = clock;
        this.node = node;
        this.from = from;
        this.fromDomain = domainOf(from);
        this.claimFor = claimFor;
    }

    // the lock only spares the other nodes an empty round: the claims are what keep a notice from going out twice
    @Scheduled(fixedDelayString = "${csp.notifications.send-interval:PT30S}")
    @SchedulerLock(name = "notification-outbox", lockAtMostFor = "${csp.notifications.claim-for:PT1M}")
    public void sendPending() {
        String claim = node.name() + "/" + UUID.randomUUID().toString().substring(0, 8);
        Instant until = Instant.now(clock).plus(claimFor);
        // a send starts only while half the claim is left, so that no other node takes it over during the send
        Instant lastStart = until.minus(claimFor.dividedBy(2));
        List<Notification> claimed = claim(claim, until);
        for (Notification notification : claimed) {
            if (Instant.now(clock).isAfter(lastStart)) {
                break;
            }
            send(notification, claim);
        }
        if (!claimed.isEmpty()) {
            transactions.executeWithoutResult(s -> outbox.release(claim));
        }
    }

    private List<Notification> claim(String claim, Instant until) {
        Instant now = Instant.now(clock);
        return transactions.execute(s -> {
            List<Long> free = outbox.lockClaimable(now);
            if (free.isEmpty()) {
                return List.of();
            }
            outbox.claim(free, claim, now, until);
            return outbox.findClaimed(claim);
        });
    }

    private void send(Notification notification, String claim) {
        try {
            mail.send(message(notification));
        } catch (MailException e) {
            log.warn("Notification {} to {} not sent, will retry: {}", notification.getId(),
                    notification.getRecipient(), e.getMessage());
            String error = e.getMessage() == null ? "unknown error" : e.getMessage();
            transactions.executeWithoutResult(s -> outbox.markFailed(notification.getId(), claim,
                    error.substring(0, Math.min(error.length(), 2000))));
            return;
        }
        transactions.executeWithoutResult(s -> outbox.markSent(notification.getId(), Instant.now(clock)));
    }

    private MimeMessage message(Notification notification) {
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(from);
            helper.setTo(notification.getRecipient());
            helper.setSubject(notification.getSubject());
            helper.setText(notification.getBody());
            // JavaMailSenderImpl keeps a Message-ID set before sending
            message.setHeader("Message-ID", messageId(notification));
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        return message;
    }

    /**
     * The same for every copy of one notice, and for no other notice: its id, with its creation time so that two
     * databases (a test copy, a restored backup) do not give one id to different notices.
     */
    String messageId(Notification notification) {
        return "<notification." + notification.getId() + "." + notification.getCreatedTime().toEpochMilli() + "@"
                + fromDomain + ">";
    }

    private static String domainOf(String from) {
        try {
            String address = new InternetAddress(from).getAddress();
            return address.substring(address.indexOf('@') + 1);
        } catch (AddressException e) {
            throw new IllegalArgumentException("csp.notifications.from is no mail address: " + from, e);
        }
    }
}
