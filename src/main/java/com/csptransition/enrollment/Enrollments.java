package com.csptransition.enrollment;

import com.csptransition.decision.DecisionLog;
import com.csptransition.enrollment.process.EnrollmentProcess;
import com.csptransition.identity.Action;
import com.csptransition.identity.Caller;
import com.csptransition.identity.EngineUser;
import com.csptransition.identity.WhoMayAct;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import com.csptransition.processes.TaskRoles;
import com.csptransition.rules.Evaluation;
import com.csptransition.rules.IneligibilityReason;
import com.csptransition.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Enrolling a direct bill partner as indirect reseller: submit, review, accept the agreement; never roll back. */
@Service
public class Enrollments {

    public static final String SUBMIT_DECISION = "ENROLLMENT_SUBMISSION";
    public static final String ROLLBACK_DECISION = "ENROLLMENT_ROLLBACK";

    private final EnrollmentRepository enrollments;
    private final PartnerRepository partners;
    private final EnrollmentEligibility eligibility;
    private final DecisionLog decisions;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final EngineUser engineUser;
    private final Clock clock;
    private final WhoMayAct whoMayAct;

    public Enrollments(EnrollmentRepository enrollments, PartnerRepository partners, EnrollmentEligibility eligibility,
            DecisionLog decisions, RuntimeService runtime, TaskService tasks, RepositoryService repository,
            EngineUser engineUser, Clock clock, WhoMayAct whoMayAct) {
        this.enrollments = enrollments;
        this.partners = partners;
        this.eligibility = eligibility;
        this.decisions = decisions;
        this.runtime = runtime;
        this.tasks = tasks;
        this.repository = repository;
        this.engineUser = engineUser;
        this.clock = clock;
        this.whoMayAct = whoMayAct;
    }

    public record Form(String companyName, String mpnId, Enrollment.PrimaryContact primaryContact) {
    }

    /**
     * Submits the enrollment form: the eligibility rules refuse with every reason (422); otherwise the process starts,
     * approved at once unless the rules name a reason for a review.
     */
    @Transactional
    public EnrollmentView submit(Form form, Caller caller) {
        whoMayAct.require(caller, Action.ENROLL);
        Partner partner = partners.acting(caller.requireOrganisation());
        Evaluation evaluation = eligibility.evaluate(partner,
                new EnrollmentForm(partner.getId(), form.companyName(), form.mpnId(), form.primaryContact().email()));
        List<IneligibilityReason> refusals = EnrollmentEligibility.about(evaluation, partner.getId());
        List<IneligibilityReason> review = EnrollmentEligibility.about(evaluation, EnrollmentEligibility.IMMEDIATE_APPROVAL);
        decisions.record(SUBMIT_DECISION, caller, List.of(partner.getId()),
                !refusals.isEmpty() ? "REFUSED" : review.isEmpty() ? "APPROVED_AT_ONCE" : "REVIEW", evaluation);
        if (!refusals.isEmpty()) {
            throw ApiException.refused("EnrollmentNotAllowed", refusals);
        }
        Enrollment draft = enrollments.findByPartnerId(partner.getId()) // only a rejected one is left to reuse
                .orElseGet(() -> new Enrollment(UUID.randomUUID().toString(), partner.getId()));
        draft.submit(form.primaryContact(), caller.userId(), Instant.now(clock), !review.isEmpty());
        // the managed instance the delegates change; the unique partner_id settles two concurrent submissions
        Enrollment enrollment = enrollments.saveAndFlush(draft);
        // the enrollment is the business key: fixed for the process's life, no variable names it
        runtime.startProcessInstanceByKey(EnrollmentProcess.KEY, enrollment.getId());
        return EnrollmentView.of(enrollment, review);
    }

    /** The partner's program info: programs, incentives and enrollment status. */
    @Transactional(readOnly = true)
    public ProgramInfo programInfo(Caller caller) {
        Partner partner = partners.acting(caller.requireOrganisation());
        return ProgramInfo.of(partner, enrollments.findByPartnerId(partner.getId()).map(e -> EnrollmentView.of(e, List.of()))
                .orElse(null));
    }

    /** The global admin selects "Accept and continue" on the indirect reseller agreement. */
    @Transactional
    public ProgramInfo acceptAgreement(Caller caller) {
        Partner partner = partners.acting(caller.requireOrganisation());
        Enrollment enrollment = enrollments.findByPartnerId(partner.getId()).orElseThrow(() -> notFound(partner));
        // "Accept and continue": the form's consent, as the Tasklist submits it
        complete(enrollment, EnrollmentProcess.ACCEPT_AGREEMENT, caller, Map.of(EnrollmentProcess.AGREEMENT_ACCEPTED, true));
        return programInfo(caller);
    }

    /** Microsoft's review: approve or reject with a note to the primary contact. Camunda administrators only. */
    @Transactional
    public EnrollmentView review(String enrollmentId, boolean approved, String note, Caller caller) {
        if (!caller.administrator()) {
            throw ApiException.forbidden("Only Microsoft's partner operations (Camunda administrators) review enrollments.");
        }
        Enrollment enrollment = enrollments.findById(enrollmentId).orElseThrow(
                () -> ApiException.notFound("EnrollmentNotFound", "No enrollment " + enrollmentId + "."));
        Map<String, Object> decision = new HashMap<>();
        // the REST answer is the form's choice, as the Tasklist submits it
        decision.put(EnrollmentProcess.DECISION, approved ? EnrollmentProcess.APPROVE : EnrollmentProcess.REJECT);
        decision.put(EnrollmentProcess.NOTE, note);
        complete(enrollment, EnrollmentProcess.REVIEW, caller, decision);
        return EnrollmentView.of(enrollment, List.of());
    }

    /** Enrollments waiting in a state (null: all), for the reviewers. */
    @Transactional(readOnly = true)
    public List<EnrollmentView> list(EnrollmentState state, Caller caller) {
        if (!caller.administrator()) {
            throw ApiException.forbidden("Only Microsoft's partner operations (Camunda administrators) list enrollments.");
        }
        return (state == null ? enrollments.findAllByOrderBySubmittedTimeAsc()
                : enrollments.findByStateOrderBySubmittedTimeAsc(state)).stream()
                .map(e -> EnrollmentView.of(e, List.of())).toList();
    }

    /** "There is no option to roll back to a direct bill-only tenant": always refused, with the rule's reason. */
    @Transactional
    public void rollBack(Caller caller) {
        Partner partner = partners.acting(caller.requireOrganisation());
        List<IneligibilityReason> reasons = eligibility.rollbackRefusals(partner, caller);
        if (reasons.isEmpty()) {
            throw notFound(partner); // nothing enrolled, nothing to roll back
        }
        throw ApiException.refused("EnrollmentCannotBeRolledBack", reasons);
    }

    /** Completes the step as the caller; a wrong role hears so before it hears of the enrollment's state. */
    private void complete(Enrollment enrollment, String taskKey, Caller caller, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(enrollment.getId()).taskDefinitionKey(taskKey)
                .singleResult();
        TaskRoles.require(repository, EnrollmentProcess.KEY, taskKey, task, caller);
        if (task == null) {
            throw new ApiException(HttpStatus.CONFLICT, "EnrollmentStateConflict", null, "The enrollment is "
                    + enrollment.getState() + ": there is no open step '" + taskKey + "'.");
        }
        engineUser.completeTask(caller, task.getId(), variables);
    }

    private static ApiException notFound(Partner partner) {
        return ApiException.notFound("EnrollmentNotFound", partner.getName() + " has not enrolled as indirect reseller.");
    }
}
