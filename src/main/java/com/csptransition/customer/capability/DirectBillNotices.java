package com.csptransition.customer.capability;

import com.csptransition.decision.DecisionLog;
import com.csptransition.identity.Caller;
import com.csptransition.notification.Notification;
import com.csptransition.notification.Notifications;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import com.csptransition.partner.Program;
import com.csptransition.rules.Evaluation;
import com.csptransition.rules.IneligibilityReason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Informs direct bill partners below the direct bill requirements (rules/direct-bill-requirements.drl) that their
 * capabilities will be (or are) restricted, through the outbox, to the email of their MPN account. A partner gets
 * the same notice once; a changed threshold, date or revenue makes a new one.
 */
@Service
public class DirectBillNotices {

    public static final String KIND = "DIRECT_BILL_RESTRICTION";
    public static final String DECISION_KIND = "DIRECT_BILL_REQUIREMENT";
    private static final Caller SYSTEM = new Caller("system", null, Set.of(), true);

    private final PartnerRepository partners;
    private final CapabilityRules rules;
    private final DecisionLog decisions;
    private final Notifications notifications;
    private final TransactionTemplate transactions;

    public DirectBillNotices(PartnerRepository partners, CapabilityRules rules, DecisionLog decisions,
            Notifications notifications, TransactionTemplate transactions) {
        this.partners = partners;
        this.rules = rules;
        this.decisions = decisions;
        this.notifications = notifications;
        this.transactions = transactions;
    }

    public record Notice(String partnerTenantId, String recipient, boolean queued, String message) {
    }

    /**
     * One run per cluster per day: the node that takes the lock runs it, the others skip (cluster.ScheduledWorkLocks).
     * The lock is held at least 10 minutes so that a node whose clock is a little late finds it still taken; a node
     * that dies during the run rolls its transaction back and holds the lock up to an hour: that day's run is lost
     * (POST /v1/admin/direct-bill-notices runs it by hand).
     */
    @Scheduled(cron = "${csp.direct-bill.notice-cron:0 0 6 * * *}")
    @SchedulerLock(name = "direct-bill-notices", lockAtLeastFor = "PT10M", lockAtMostFor = "PT1H")
    public void daily() {
        // a call on this very object bypasses the proxy's @Transactional
        transactions.executeWithoutResult(status -> informPartnersBelowRequirements(SYSTEM));
    }

    @Transactional
    public List<Notice> informPartnersBelowRequirements(Caller caller) {
        List<Notice> notices = new ArrayList<>();
        for (Partner partner : partners.findAll()) {
            if (!partner.getPrograms().contains(Program.DIRECT_BILL)) {
                continue;
            }
            Evaluation evaluation = rules.requirements(partner);
            List<IneligibilityReason> below = evaluation.reasons().stream()
                    .filter(r -> r.subjectId().equals(partner.getId())).toList();
            decisions.record(DECISION_KIND, caller, List.of(partner.getId()), below.isEmpty() ? "MEETS" : "BELOW",
                    evaluation);
            for (IneligibilityReason reason : below) {
                String recipient = partner.getMpnEmail();
                Notification queued = recipient == null ? null : notifications.queueOnce(new Notifications.Message(KIND,
                        partner.getId(), recipient, "Your CSP direct bill capabilities will be restricted",
                        reason.message()), KIND + ":" + partner.getId() + ":" + sha256(reason.message()));
                notices.add(new Notice(partner.getId(), recipient, queued != null, reason.message()));
            }
        }
        return notices;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
