package com.csptransition.transfer.process;

import java.time.Instant;
import java.util.Date;
import java.util.GregorianCalendar;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.Duration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings the BPMN reads by expression, e.g. {@code ${transferSettings.reviewPeriod}}: ISO-8601 durations, as
 * Camunda's timers, due and follow-up dates take them (P30D, PT12H, P1M). A setting that is no duration, or a
 * reminder that would not come before the review expires, refuses the start.
 */
@Component("transferSettings")
public class TransferSettings {

    private static final DatatypeFactory DURATIONS = durations();

    private final String reviewPeriod;
    private final String reviewReminderBefore;
    private final String verificationReminderAfter;
    private final String verificationEscalationAfter;
    private final String operationsEmail;

    public TransferSettings(@Value("${csp.transfer.review-period:P30D}") String reviewPeriod,
            @Value("${csp.transfer.review-reminder-before:P3D}") String reviewReminderBefore,
            @Value("${csp.transfer.verification-reminder-after:P3D}") String verificationReminderAfter,
            @Value("${csp.transfer.verification-escalation-after:P7D}") String verificationEscalationAfter,
            @Value("${csp.transfer.operations-email:partner-operations@csp-transition.local}") String operationsEmail) {
        this.reviewPeriod = positive("csp.transfer.review-period", reviewPeriod);
        this.reviewReminderBefore = positive("csp.transfer.review-reminder-before", reviewReminderBefore);
        this.verificationReminderAfter = positive("csp.transfer.verification-reminder-after", verificationReminderAfter);
        this.verificationEscalationAfter = positive("csp.transfer.verification-escalation-after",
                verificationEscalationAfter);
        this.operationsEmail = operationsEmail;
        // the shortest month: a period of months and a reminder of days compare worst in February
        Date start = Date.from(Instant.parse("2027-02-01T00:00:00Z"));
        if (!reviewReminderDate(start).after(start)) {
            throw new IllegalArgumentException("csp.transfer.review-reminder-before (" + reviewReminderBefore
                    + ") must be shorter than csp.transfer.review-period (" + reviewPeriod + ").");
        }
    }

    /** How long a request waits for the provider's review before it expires: the review task's due date. */
    public String getReviewPeriod() {
        return reviewPeriod;
    }

    public String getReviewReminderBefore() {
        return reviewReminderBefore;
    }

    /** When a review that starts now is reminded of: {@code review-reminder-before} ahead of its expiry. */
    public Date getReviewReminderDate() {
        return reviewReminderDate(ClockUtil.getCurrentTime());
    }

    /** When a review that starts at {@code start} expires. */
    public Date reviewExpiry(Date start) {
        return plus(start, DURATIONS.newDuration(reviewPeriod));
    }

    /** After this a verification is reminded of: its task's follow-up date. */
    public String getVerificationReminderAfter() {
        return verificationReminderAfter;
    }

    /** After this an open verification escalates to the side's admin agents and operations: its task's due date. */
    public String getVerificationEscalationAfter() {
        return verificationEscalationAfter;
    }

    /** Microsoft's partner operations, told of overdue verifications and of failed transfers. */
    public String getOperationsEmail() {
        return operationsEmail;
    }

    private Date reviewReminderDate(Date start) {
        return plus(reviewExpiry(start), DURATIONS.newDuration(reviewReminderBefore).negate());
    }

    private static Date plus(Date date, Duration duration) {
        GregorianCalendar calendar = new GregorianCalendar();
        calendar.setTime(date);
        duration.addTo(calendar);
        return calendar.getTime();
    }

    private static String positive(String name, String value) {
        try {
            if (value != null && DURATIONS.newDuration(value.strip()).getSign() > 0) {
                return value.strip();
            }
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // refused below
        }
        throw new IllegalArgumentException(name + " must be a positive ISO-8601 duration such as P3D, not " + value + ".");
    }

    private static DatatypeFactory durations() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
