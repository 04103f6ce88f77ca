package com.csptransition.enrollment;

import com.csptransition.identity.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/enrollment/eligibility: may the caller's partner enroll as indirect reseller, and if not, why. */
@RestController
public class EnrollmentController {

    private final EnrollmentEligibility eligibility;

    public EnrollmentController(EnrollmentEligibility eligibility) {
        this.eligibility = eligibility;
    }

    @GetMapping("/api/enrollment/eligibility")
    EnrollmentEligibility.Answer eligibility(@AuthenticationPrincipal Caller caller) {
        return eligibility.check(caller);
    }
}
