package com.csptransition.transfer.process;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Settings the BPMN reads by expression, e.g. {@code ${transferSettings.reviewPeriod}}. */
@Component("transferSettings")
public class TransferSettings {

    private final String reviewPeriod;

    public TransferSettings(@Value("${csp.transfer.review-period:P30D}") String reviewPeriod) {
        this.reviewPeriod = reviewPeriod;
    }

    /** ISO-8601 duration after which an unreviewed request expires. */
    public String getReviewPeriod() {
        return reviewPeriod;
    }
}
