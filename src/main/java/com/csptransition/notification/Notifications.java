package com.csptransition.notification;

import com.csptransition.identity.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one outbox every notice goes through. Queueing joins the caller's transaction (the engine's, in a delegate),
 * so a notice exists exactly when what caused it was committed; {@link NotificationSender} mails it later.
 */
@Service
public class Notifications {

    private final NotificationRepository outbox;
    private final Clock clock;

    public Notifications(NotificationRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public record Message(String kind, String organisation, String recipient, String subject, String body) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Notification queue(Message message) {
        return queueOnce(message, null);
    }

    /** Queues the message unless one with the same key was queued before (then returns null). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Notification queueOnce(Message message, String dedupKey) {
        if (dedupKey != null && outbox.existsByDedupKey(dedupKey)) {
            return null;
        }
        return outbox.save(new Notification(message.kind(), message.organisation(), message.recipient(),
                message.subject(), message.body(), dedupKey, Instant.now(clock)));
    }

    /** The caller's organisation's notifications; a Camunda administrator sees all. */
    @Transactional(readOnly = true)
    public List<NotificationView> list(String kind, Caller caller) {
        String organisation = caller.administrator() ? null : caller.requireOrganisation();
        return outbox.findFor(organisation, kind).stream().map(NotificationView::of).toList();
    }
}
