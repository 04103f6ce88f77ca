package com.csptransition.enrollment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;

/** A direct bill partner's enrollment as indirect reseller on its own tenant; one per partner. */
@Entity
public class Enrollment {

    @Id
    private String id;
    private String partnerId;
    @Enumerated(EnumType.STRING)
    private EnrollmentState state;
    private String contactFirstName;
    private String contactLastName;
    private String contactEmail;
    private String submittedBy;
    private Instant submittedTime;
    private Instant approvedTime;
    private Instant completedTime;
    private String decisionNote;

    protected Enrollment() {
    }

    public Enrollment(String id, String partnerId) {
        this.id = id;
        this.partnerId = partnerId;
    }

    /** (Re)submits the form: a rejected enrollment may be submitted again, with a new primary contact. */
    void submit(PrimaryContact contact, String userId, Instant when) {
        state = EnrollmentState.IN_REVIEW;
        contactFirstName = contact.firstName();
        contactLastName = contact.lastName();
        contactEmail = contact.email();
        submittedBy = userId;
        submittedTime = when;
        approvedTime = null;
        completedTime = null;
        decisionNote = null;
    }

    public void approve(Instant when) {
        state = EnrollmentState.APPROVED;
        approvedTime = when;
    }

    public void reject(String note) {
        state = EnrollmentState.REJECTED;
        decisionNote = note;
    }

    public void complete(Instant when) {
        state = EnrollmentState.COMPLETED;
        completedTime = when;
    }

    public record PrimaryContact(String firstName, String lastName, String email) {
    }

    public PrimaryContact getPrimaryContact() {
        return new PrimaryContact(contactFirstName, contactLastName, contactEmail);
    }

    public String getId() {
        return id;
    }

    public String getPartnerId() {
        return partnerId;
    }

    public EnrollmentState getState() {
        return state;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedTime() {
        return submittedTime;
    }

    public Instant getApprovedTime() {
        return approvedTime;
    }

    public Instant getCompletedTime() {
        return completedTime;
    }

    public String getDecisionNote() {
        return decisionNote;
    }
}
