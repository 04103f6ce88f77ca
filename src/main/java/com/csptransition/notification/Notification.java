package com.csptransition.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One message in the outbox: written in the transaction of what caused it, sent later, never deleted. */
@Entity
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String kind;
    private String organisation;
    private String recipient;
    private String subject;
    private String body;
    private String dedupKey;
    private Instant createdTime;
    private Instant sentTime;
    private int attempts;
    private String lastError;
    // the node mailing it now, and until when: another node takes it over only after that (NotificationSender)
    private String claimedBy;
    private Instant claimedUntil;

    protected Notification() {
    }

    Notification(String kind, String organisation, String recipient, String subject, String body, String dedupKey,
            Instant createdTime) {
        this.kind = kind;
        this.organisation = organisation;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.dedupKey = dedupKey;
        this.createdTime = createdTime;
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedTime() {
        return createdTime;
    }

    public Instant getSentTime() {
        return sentTime;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}
