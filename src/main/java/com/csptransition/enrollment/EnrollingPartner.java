package com.csptransition.enrollment;

import com.csptransition.partner.Program;
import java.time.LocalDate;
import java.util.Set;

/**
 * Fact: the direct bill partner that would enroll as indirect reseller; enrollmentState is that of its enrollment
 * (null: none yet).
 */
public record EnrollingPartner(String id, String name, String mpnId, String mpnEmail, boolean profileCurrent,
        LocalDate anniversaryDate, Set<Program> programs, EnrollmentState enrollmentState) {
}
