package com.csptransition.partner.process;

import com.csptransition.decision.DecisionRecord;
import com.csptransition.decision.DecisionRepository;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import com.csptransition.partner.Partnership;
import com.csptransition.partner.PartnershipInvitations;
import com.csptransition.partner.PartnershipRepository;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * Task listener (create) of answerPartnershipInvitation: what the task list and the form show. The task's name says
 * who invites whom, so a list entry is recognisable without opening it; the due date (the BPMN's camunda:dueDate) is
 * when the invitation expires. Task-local variables for the form: the provider and reseller, who invited and when,
 * and until when the invitation is open.
 */
@Component("partnershipTaskView")
public class PartnershipTaskView implements TaskListener {

    /** Camunda's task name column holds 255 characters. */
    static final int NAME_LENGTH = 255;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final PartnershipRepository partnerships;
    private final PartnerRepository partners;
    private final DecisionRepository decisions;

    public PartnershipTaskView(PartnershipRepository partnerships, PartnerRepository partners,
            DecisionRepository decisions) {
        this.partnerships = partnerships;
        this.partners = partners;
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        Partnership partnership = PartnershipParties.partnership(partnerships, task.getExecution());
        String provider = name(partnership.getProviderId());
        String reseller = name(partnership.getResellerId());
        // the invitation's decision names the partnership: who invited, and when
        Optional<DecisionRecord> invitation = decisions.findLatest(PartnershipInvitations.DECISION_KIND,
                partnership.getId(), Limit.of(1)).stream().findFirst();
        Instant invitedAt = invitation.map(DecisionRecord::getDecidedAt).orElseGet(() -> task.getCreateTime().toInstant());
        String invitedBy = provider + invitation.map(d -> " (" + d.getCaller() + ")").orElse("");

        task.setName(fit("Answer partnership invitation: " + provider + " invites " + reseller));
        task.setDescription(invitedBy + " invited " + reseller + " to partner as its indirect reseller on "
                + TIME.format(invitedAt) + "." + expiry(task.getDueDate()));
        task.setVariableLocal("providerName", provider);
        task.setVariableLocal("resellerName", reseller);
        task.setVariableLocal("invitedBy", invitedBy);
        task.setVariableLocal("invitedAt", TIME.format(invitedAt));
        if (task.getDueDate() != null) {
            task.setVariableLocal("expiresAt", TIME.format(task.getDueDate().toInstant()));
        }
    }

    private static String expiry(Date due) {
        return due == null ? "" : " Unanswered, it expires on " + TIME.format(due.toInstant()) + ".";
    }

    private String name(String partnerId) {
        return partners.findById(partnerId).map(Partner::getName).orElse(partnerId);
    }

    /** A task name within Camunda's column; partner names are at most 255 characters each. */
    static String fit(String name) {
        return name.length() <= NAME_LENGTH ? name : name.substring(0, NAME_LENGTH - 1) + "…";
    }
}
