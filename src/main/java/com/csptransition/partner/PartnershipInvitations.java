package com.csptransition.partner;

import com.csptransition.decision.DecisionLog;
import com.csptransition.identity.Action;
import com.csptransition.identity.Caller;
import com.csptransition.identity.EngineUser;
import com.csptransition.identity.Side;
import com.csptransition.identity.WhoMayAct;
import com.csptransition.notification.Notifications;
import com.csptransition.partner.process.PartnershipProcess;
import com.csptransition.processes.TaskRoles;
import com.csptransition.rules.Evaluation;
import com.csptransition.rules.RulesEngine;
import com.csptransition.web.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partnering with an indirect provider: the provider invites (rules/partnership.drl), the reseller answers. */
@Service
public class PartnershipInvitations {

    public static final String DECISION_KIND = "PARTNERSHIP_INVITATION";
    public static final String INVITATION_KIND = "PARTNERSHIP_INVITATION";

    private final PartnerRepository partners;
    private final PartnershipRepository partnerships;
    private final RulesEngine engine;
    private final DecisionLog decisions;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final EngineUser engineUser;
    private final Notifications notifications;
    private final WhoMayAct whoMayAct;

    public PartnershipInvitations(PartnerRepository partners, PartnershipRepository partnerships, RulesEngine engine,
            DecisionLog decisions, RuntimeService runtimeService, TaskService taskService,
            RepositoryService repositoryService, EngineUser engineUser, Notifications notifications,
            WhoMayAct whoMayAct) {
        this.partners = partners;
        this.partnerships = partnerships;
        this.engine = engine;
        this.decisions = decisions;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.engineUser = engineUser;
        this.notifications = notifications;
        this.whoMayAct = whoMayAct;
    }

    @Transactional
    public PartnershipView invite(String resellerTenantId, Caller caller) {
        whoMayAct.require(caller, Action.INVITE_TO_PARTNERSHIP);
        Partner provider = partners.acting(caller.requireOrganisation());
        Partner reseller = partners.findById(resellerTenantId).orElseThrow(
                () -> ApiException.notFound("PartnerNotFound", "No partner with tenant id " + resellerTenantId + "."));
        Optional<Partnership> existing = partnerships.findByResellerIdAndProviderId(reseller.getId(), provider.getId());
        List<Object> facts = new ArrayList<>(List.of(
                new InvitingProvider(provider.getId(), provider.getName(), provider.getPrograms()),
                new InvitedReseller(reseller.getId(), reseller.getName(), reseller.getPrograms())));
        existing.ifPresent(p -> facts.add(new ExistingPartnership(p.getId(), p.getState())));
        Evaluation evaluation = engine.evaluate("partnership", facts);
        boolean invited = evaluation.reasons().isEmpty();
        Partnership partnership = existing.orElseGet(() -> new Partnership(UUID.randomUUID().toString()));
        // an invitation's decision names the partnership too: the answer task shows who invited, and when
        decisions.record(DECISION_KIND, caller, invited ? List.of(provider.getId(), reseller.getId(), partnership.getId())
                : List.of(provider.getId(), reseller.getId()), invited ? "INVITED" : "REFUSED", evaluation);
        if (!invited) {
            throw ApiException.refused("PartnershipNotAllowed", evaluation.reasons());
        }
        partnership.update(reseller.getId(), provider.getId(), PartnershipState.INVITED);
        partnerships.saveAndFlush(partnership);
        // the partnership is the business key: fixed for the process's life, no variable names it
        runtimeService.startProcessInstanceByKey(PartnershipProcess.KEY, partnership.getId());
        if (reseller.getMpnEmail() != null) {
            // "The indirect provider you select will send you in email a partnership invitation link"
            notifications.queue(new Notifications.Message(INVITATION_KIND, reseller.getId(), reseller.getMpnEmail(),
                    provider.getName() + " invites you to partner as its indirect reseller", provider.getName()
                            + " invites " + reseller.getName() + " to partner as indirect reseller. Your global admin"
                            + " signs in and accepts the invitation: /api/partnerships/" + partnership.getId()
                            + "/accept (or in the Tasklist). The provider then appears in your indirect provider list."));
        }
        return view(partnership);
    }

    /**
     * The reseller's global admin accepts or declines the invitation: the BPMN's user task, as the caller. Who may
     * answer is checked before whether the invitation is still open.
     */
    @Transactional
    public PartnershipView answer(String partnershipId, boolean accept, Caller caller) {
        if (!caller.administrator()) {
            caller.requireOrganisation();
        }
        Partnership partnership = partnerships.findById(partnershipId)
                .filter(p -> caller.administrator() || p.getResellerId().equals(caller.organisationId())
                        || p.getProviderId().equals(caller.organisationId()))
                .orElseThrow(() -> ApiException.notFound("PartnershipNotFound", "No partnership " + partnershipId
                        + " for your organisation."));
        whoMayAct.require(caller, Action.ANSWER_PARTNERSHIP_INVITATION,
                Side.of(caller.organisationId(), partnership.getResellerId(), partnership.getProviderId()));
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(partnershipId)
                .taskDefinitionKey(PartnershipProcess.ANSWER).singleResult();
        TaskRoles.require(repositoryService, PartnershipProcess.KEY, PartnershipProcess.ANSWER, task, caller);
        if (task == null) {
            throw new ApiException(HttpStatus.CONFLICT, "PartnershipNotInvited", null,
                    "Partnership " + partnershipId + " is " + partnership.getState() + ", not an open invitation.");
        }
        // the REST answer is the form's choice, as the Tasklist submits it
        engineUser.completeTask(caller, task.getId(), Map.of(PartnershipProcess.ANSWER_FIELD,
                accept ? PartnershipProcess.ACCEPT : PartnershipProcess.DECLINE));
        return view(partnership);
    }

    /** The caller's partnerships, either side; ACCEPTED ones are the reseller's indirect provider list. */
    @Transactional(readOnly = true)
    public List<PartnershipView> list(PartnershipState state, Caller caller) {
        return partnerships.findOf(caller.requireOrganisation()).stream()
                .filter(p -> state == null || p.getState() == state).map(this::view).toList();
    }

    private PartnershipView view(Partnership p) {
        return new PartnershipView(p.getId(), p.getResellerId(), name(p.getResellerId()), p.getProviderId(),
                name(p.getProviderId()), p.getState());
    }

    private String name(String partnerId) {
        return partners.findById(partnerId).map(Partner::getName).orElse(null);
    }
}
