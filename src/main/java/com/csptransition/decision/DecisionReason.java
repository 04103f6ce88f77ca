package com.csptransition.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A reason as stored with its decision. */
@Embeddable
public record DecisionReason(String subjectId, String code, String message, @Column(name = "rule_name") String rule) {
}
