package com.csptransition.enrollment;

import com.csptransition.decision.DecisionLog;
import com.csptransition.identity.Action;
import com.csptransition.identity.Caller;
import com.csptransition.identity.WhoMayAct;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import com.csptransition.rules.Evaluation;
import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.Reason;
import com.csptransition.rules.RulesEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * May the caller's direct bill partner enroll as indirect reseller now? rules/enrollment.drl decides, and
 * rules/who-may-act.drl whether the caller may be the one who enrolls it.
 */
@Service
public class EnrollmentEligibility {

    public static final String DECISION_KIND = "ENROLLMENT_ELIGIBILITY";
    /** The subjects of rules/enrollment.drl's reasons besides the partner: a review instead of approval, a rollback. */
    static final String IMMEDIATE_APPROVAL = "IMMEDIATE_APPROVAL";
    static final String ROLLBACK = "ROLLBACK";

    private final PartnerRepository partners;
    private final EnrollmentRepository enrollments;
    private final RulesEngine engine;
    private final DecisionLog decisions;
    private final WhoMayAct whoMayAct;

    public EnrollmentEligibility(PartnerRepository partners, EnrollmentRepository enrollments, RulesEngine engine,
            DecisionLog decisions, WhoMayAct whoMayAct) {
        this.partners = partners;
        this.enrollments = enrollments;
        this.engine = engine;
        this.decisions = decisions;
        this.whoMayAct = whoMayAct;
    }

    public record Answer(String partnerTenantId, boolean eligible, List<Reason> reasons) {
    }

    @Transactional
    public Answer check(Caller caller) {
        Partner partner = partners.acting(caller.requireOrganisation());
        // the answer names a wrong role too, as the form would refuse it; each concern's decision is audited apart
        List<IneligibilityReason> role = whoMayAct.reasons(caller, Action.ENROLL);
        Evaluation evaluation = evaluate(partner);
        decisions.record(DECISION_KIND, caller, List.of(partner.getId()),
                evaluation.reasons().isEmpty() ? "ELIGIBLE" : "INELIGIBLE", evaluation);
        List<Reason> reasons = Stream.concat(role.stream(), evaluation.reasons().stream()).map(Reason::of).toList();
        return new Answer(partner.getId(), reasons.isEmpty(), reasons);
    }

    /**
     * "There is no option to roll back to a direct bill-only tenant": the rules' reasons refusing to roll the
     * partner's enrollment back, the refusal recorded (none: nothing enrolled to roll back). The import asks too.
     */
    @Transactional
    public List<IneligibilityReason> rollbackRefusals(Partner partner, Caller caller) {
        Evaluation evaluation = evaluate(partner, new RollbackRequest(partner.getId(), caller.userId()));
        List<IneligibilityReason> reasons = about(evaluation, ROLLBACK);
        if (!reasons.isEmpty()) {
            decisions.record(Enrollments.ROLLBACK_DECISION, caller, List.of(partner.getId()), "REFUSED", evaluation);
        }
        return reasons;
    }

    /** The enrollment rules about the partner, and whatever else is asked (a form, a rollback). */
    Evaluation evaluate(Partner partner, Object... asked) {
        EnrollmentState state = enrollments.findByPartnerId(partner.getId()).map(Enrollment::getState).orElse(null);
        List<Object> facts = new ArrayList<>(List.of(
                new EnrollingPartner(partner.getId(), partner.getName(), partner.getMpnId(), partner.getMpnEmail(),
                        partner.isProfileCurrent(), partner.getAnniversaryDate(), partner.getPrograms(), state)));
        facts.addAll(List.of(asked));
        return engine.evaluate("enrollment", facts);
    }

    /** The reasons about one subject: the partner (eligibility), IMMEDIATE_APPROVAL or ROLLBACK. */
    static List<IneligibilityReason> about(Evaluation evaluation, String subject) {
        return evaluation.reasons().stream().filter(r -> subject.equals(r.subjectId())).toList();
    }
}
