package com.csptransition.enrollment;

import com.csptransition.decision.DecisionLog;
import com.csptransition.identity.Caller;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import com.csptransition.rules.Evaluation;
import com.csptransition.rules.Reason;
import com.csptransition.rules.RulesEngine;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** May the caller's direct bill partner enroll as indirect reseller now? rules/enrollment.drl decides. */
@Service
public class EnrollmentEligibility {

    public static final String DECISION_KIND = "ENROLLMENT_ELIGIBILITY";

    private final PartnerRepository partners;
    private final RulesEngine engine;
    private final DecisionLog decisions;

    public EnrollmentEligibility(PartnerRepository partners, RulesEngine engine, DecisionLog decisions) {
        this.partners = partners;
        this.engine = engine;
        this.decisions = decisions;
    }

    public record Answer(String partnerTenantId, boolean eligible, List<Reason> reasons) {
    }

    @Transactional
    public Answer check(Caller caller) {
        Partner partner = partners.acting(caller.requireOrganisation());
        Evaluation evaluation = engine.evaluate(List.of(
                new EnrollingPartner(partner.getId(), partner.getName(), partner.getMpnId(), partner.isProfileCurrent(),
                        partner.getAnniversaryDate(), partner.getPrograms()),
                new EnrollingUser(caller.userId(), caller.roles())));
        List<Reason> reasons = evaluation.reasons().stream().map(Reason::of).toList();
        decisions.record(DECISION_KIND, caller, List.of(partner.getId()), reasons.isEmpty() ? "ELIGIBLE" : "INELIGIBLE",
                evaluation);
        return new Answer(partner.getId(), reasons.isEmpty(), reasons);
    }
}
