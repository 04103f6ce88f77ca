package com.csptransition.enrollment;

import static com.csptransition.web.InputLimits.MPN_ID;
import static com.csptransition.web.InputLimits.NAME;
import static com.csptransition.web.InputLimits.TEXT;

import com.csptransition.identity.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Enrollment as indirect reseller: eligibility, the form, program info, the agreement, Microsoft's review, and
 * the refused rollback.
 */
@RestController
public class EnrollmentController {

    private final EnrollmentEligibility eligibility;
    private final Enrollments enrollments;

    public EnrollmentController(EnrollmentEligibility eligibility, Enrollments enrollments) {
        this.eligibility = eligibility;
        this.enrollments = enrollments;
    }

    record ContactBody(@NotBlank @Size(max = NAME) String firstName, @NotBlank @Size(max = NAME) String lastName,
            @NotBlank @Email @Size(max = NAME) String email) {
    }

    /** The enrollment form: the partner details the global admin reviewed, and the primary contact. */
    record FormBody(@NotBlank @Size(max = NAME) String companyName, @NotBlank @Size(max = MPN_ID) String mpnId,
            @NotNull @Valid ContactBody primaryContact) {
    }

    record ReviewBody(@NotNull Boolean approved, @Size(max = TEXT) String note) {
    }

    @GetMapping("/api/enrollment/eligibility")
    EnrollmentEligibility.Answer eligibility(@AuthenticationPrincipal Caller caller) {
        return eligibility.check(caller);
    }

    @PostMapping("/api/enrollment")
    @ResponseStatus(HttpStatus.CREATED)
    EnrollmentView submit(@Valid @RequestBody FormBody form, @AuthenticationPrincipal Caller caller) {
        ContactBody c = form.primaryContact();
        return enrollments.submit(new Enrollments.Form(form.companyName(), form.mpnId(),
                new Enrollment.PrimaryContact(c.firstName(), c.lastName(), c.email())), caller);
    }

    @GetMapping("/api/enrollment")
    ProgramInfo programInfo(@AuthenticationPrincipal Caller caller) {
        return enrollments.programInfo(caller);
    }

    @PostMapping("/api/enrollment/agreement")
    ProgramInfo acceptAgreement(@AuthenticationPrincipal Caller caller) {
        return enrollments.acceptAgreement(caller);
    }

    @DeleteMapping("/api/enrollment")
    void rollBack(@AuthenticationPrincipal Caller caller) {
        enrollments.rollBack(caller);
    }

    @GetMapping("/api/enrollments")
    List<EnrollmentView> list(@RequestParam(required = false) EnrollmentState state,
            @AuthenticationPrincipal Caller caller) {
        return enrollments.list(state, caller);
    }

    @PostMapping("/api/enrollments/{enrollmentId}/review")
    EnrollmentView review(@PathVariable String enrollmentId, @Valid @RequestBody ReviewBody review,
            @AuthenticationPrincipal Caller caller) {
        return enrollments.review(enrollmentId, review.approved(), review.note(), caller);
    }
}
