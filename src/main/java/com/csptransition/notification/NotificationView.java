package com.csptransition.notification;

import java.time.Instant;

/** A notification as GET /api/notifications shows it; status PENDING until the mail server took it. */
public record NotificationView(Long id, String kind, String organisation, String recipient, String subject,
        String body, Instant createdTime, String status, Instant sentTime, int attempts, String lastError) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getKind(), n.getOrganisation(), n.getRecipient(), n.getSubject(),
                n.getBody(), n.getCreatedTime(), n.getSentTime() == null ? "PENDING" : "SENT", n.getSentTime(),
                n.getAttempts(), n.getLastError());
    }
}
