package com.csptransition.enrollment;

import com.csptransition.partner.Program;
import java.time.LocalDate;
import java.util.Set;

/** Fact: the direct bill partner that would enroll as indirect reseller. */
public record EnrollingPartner(String id, String name, String mpnId, boolean profileCurrent, LocalDate anniversaryDate,
        Set<Program> programs) {
}
