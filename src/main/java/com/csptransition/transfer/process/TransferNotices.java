package com.csptransition.transfer.process;

import com.csptransition.identity.Role;
import com.csptransition.notification.Notifications;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import com.csptransition.transfer.TransferRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The guide's "inform your indirect provider" and "inform the transitioning partner", done by the service: a notice
 * through the outbox, in the transaction of the step that tells it, to the agents of one side of a request.
 *
 * <p>Who receives: the organisation's users in Camunda's identity service who hold one of the step's roles and have
 * an e-mail address there, each their own notice; when none of them has one, the partner's MPN account e-mail, as
 * the service's other notices to partners use. Operations get theirs at {@code csp.transfer.operations-email}. Every
 * notice is listed to its organisation in GET /api/notifications; each is queued once per request, occasion and
 * recipient, so a step that runs again tells nobody twice.
 */
@Component
public class TransferNotices {

    /** The roles that work on a transfer's tasks: the agents a notice is for. */
    public static final Set<Role> AGENTS = Set.of(Role.ADMIN_AGENT, Role.SALES_AGENT);
    public static final Set<Role> ADMIN_AGENTS = Set.of(Role.ADMIN_AGENT);

    private static final Logger log = LoggerFactory.getLogger(TransferNotices.class);
    private static final int MAX_SUBJECT = 255;
    private static final int MAX_BODY = 4000;

    private final Notifications notifications;
    private final PartnerRepository partners;
    private final IdentityService identityService;
    private final TransferSettings settings;

    public TransferNotices(Notifications notifications, PartnerRepository partners, IdentityService identityService,
            TransferSettings settings) {
        this.notifications = notifications;
        this.partners = partners;
        this.identityService = identityService;
        this.settings = settings;
    }

    /** A notice to the transitioning partner's agents. */
    public void tellPartner(TransferRequest request, String kind, String subject, String body) {
        tell(request, request.getSourcePartnerId(), AGENTS, kind, subject, body, "");
    }

    /** A notice to the indirect provider's agents. */
    public void tellProvider(TransferRequest request, String kind, String subject, String body) {
        tell(request, request.getTargetPartnerId(), AGENTS, kind, subject, body, "");
    }

    /**
     * A notice to the agents of one side who hold one of the roles; {@code occasion} tells apart notices of the same
     * kind about the same request (e.g. one incident from the next), "" when there is one only.
     */
    public void tell(TransferRequest request, String organisationId, Collection<Role> roles, String kind,
            String subject, String body, String occasion) {
        List<String> recipients = recipients(organisationId, roles);
        if (recipients.isEmpty()) {
            log.warn("Transfer {}: nobody of organisation {} to tell of {} (no agent has an e-mail address, nor the"
                    + " partner an MPN account e-mail)", request.getId(), organisationId, kind);
        }
        for (String recipient : recipients) {
            queue(kind, organisationId, recipient, subject, body, request, occasion);
        }
    }

    /** A notice to Microsoft's partner operations. */
    public void tellOperations(TransferRequest request, String kind, String subject, String body, String occasion) {
        queue(kind, null, settings.getOperationsEmail(), subject, body, request, occasion);
    }

    /**
     * The e-mail addresses of the organisation's users holding one of the roles; the partner's MPN account e-mail
     * when none of them has one.
     */
    public List<String> recipients(String organisationId, Collection<Role> roles) {
        Set<String> emails = TransferTexts.withoutAuthorization(() -> {
            Set<String> found = new TreeSet<>();
            List<User> members = identityService.createUserQuery().memberOfGroup(organisationId).list();
            if (members.isEmpty()) {
                return found;
            }
            String[] ids = members.stream().map(User::getId).toArray(String[]::new);
            for (Role role : roles) {
                identityService.createUserQuery().memberOfGroup(role.groupId()).userIdIn(ids).list().stream()
                        .map(User::getEmail).filter(email -> email != null && !email.isBlank())
                        .map(String::strip).forEach(found::add);
            }
            return found;
        });
        if (!emails.isEmpty()) {
            return List.copyOf(emails);
        }
        return partners.findById(organisationId).map(Partner::getMpnEmail).filter(email -> !email.isBlank())
                .map(List::of).orElse(List.of());
    }

    private void queue(String kind, String organisationId, String recipient, String subject, String body,
            TransferRequest request, String occasion) {
        String fullBody = body + "\n\nTransfer request " + request.getId() + ": GET /v1/customers/"
                + request.getCustomerId() + "/transfers/" + request.getId();
        notifications.queueOnce(new Notifications.Message(kind, organisationId, recipient, cut(subject, MAX_SUBJECT),
                cut(fullBody, MAX_BODY)), kind + ":" + request.getId() + ":" + occasion + ":" + sha256(recipient));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
