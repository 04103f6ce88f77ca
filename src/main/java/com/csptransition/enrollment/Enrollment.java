package com.csptransition.enrollment;

import com.csptransition.web.ApiException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.springframework.http.HttpStatus;

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
    /** The rules could not approve the form at once: Microsoft reviews it. */
    private boolean reviewRequired;
    /** The review's answer: null until reviewed. */
    private Boolean reviewApproved;
    /** Two submissions or steps of one enrollment at once: one commits, the other loses the race. */
    @Version
    private long version;

    protected Enrollment() {
    }

    public Enrollment(String id, String partnerId) {
        this.id = id;
        this.partnerId = partnerId;
    }

    /** (Re)submits the form: a rejected enrollment may be submitted again, with a new primary contact. */
    void submit(PrimaryContact contact, String userId, Instant when, boolean reviewRequired) {
        state = EnrollmentState.IN_REVIEW;
        contactFirstName = contact.firstName();
        contactLastName = contact.lastName();
        contactEmail = contact.email();
        submittedBy = userId;
        submittedTime = when;
        approvedTime = null;
        completedTime = null;
        decisionNote = null;
        this.reviewRequired = reviewRequired;
        reviewApproved = null;
    }

    /** Microsoft's review answers once, while the enrollment waits for it. */
    public void reviewed(boolean approved, String note) {
        require(state == EnrollmentState.IN_REVIEW && reviewRequired && reviewApproved == null, "waits for no review");
        reviewApproved = approved;
        decisionNote = note;
    }

    /** At once when the rules approved the form, else after a review that approved it. */
    public void approve(Instant when) {
        require(state == EnrollmentState.IN_REVIEW && (!reviewRequired || Boolean.TRUE.equals(reviewApproved)),
                "is not approved");
        state = EnrollmentState.APPROVED;
        approvedTime = when;
    }

    public void reject() {
        require(state == EnrollmentState.IN_REVIEW && Boolean.FALSE.equals(reviewApproved), "was not rejected");
        state = EnrollmentState.REJECTED;
    }

    public void complete(Instant when) {
        require(state == EnrollmentState.APPROVED, "is not approved");
        state = EnrollmentState.COMPLETED;
        completedTime = when;
    }

    /** Every step re-checks the state it acts on: whatever door it was reached through, it happens once. */
    public void require(boolean condition, String otherwise) {
        if (!condition) {
            throw new ApiException(HttpStatus.CONFLICT, "EnrollmentStateConflict", null,
                    "Enrollment " + id + " " + otherwise + " (it is " + state + ").");
        }
    }

    public boolean isReviewRequired() {
        return reviewRequired;
    }

    public boolean isReviewApproved() {
        return Boolean.TRUE.equals(reviewApproved);
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
