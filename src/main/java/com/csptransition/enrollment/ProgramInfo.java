package com.csptransition.enrollment;

import com.csptransition.partner.IncentiveStatus;
import com.csptransition.partner.Partner;
import com.csptransition.partner.Program;
import java.util.Map;
import java.util.Set;

/** "Partner Profile > Program info": the partner's programs, its incentives and its enrollment status. */
public record ProgramInfo(String partnerTenantId, String name, String mpnId, Set<Program> programs,
        Map<Program, IncentiveStatus> incentives, EnrollmentView enrollment) {

    static ProgramInfo of(Partner partner, EnrollmentView enrollment) {
        return new ProgramInfo(partner.getId(), partner.getName(), partner.getMpnId(), partner.getPrograms(),
                partner.getIncentives(), enrollment);
    }
}
