package com.csptransition.enrollment;

/** Fact: the enrollment form as submitted, with the partner details the partner reviewed on it. */
public record EnrollmentForm(String partnerId, String companyName, String mpnId, String contactEmail) {
}
