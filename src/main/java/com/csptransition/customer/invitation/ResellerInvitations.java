package com.csptransition.customer.invitation;

import com.csptransition.customer.Customer;
import com.csptransition.customer.CustomerRepository;
import com.csptransition.customer.invitation.process.InvitationProcess;
import com.csptransition.customer.invitation.process.InvitationSettings;
import com.csptransition.decision.DecisionLog;
import com.csptransition.identity.Action;
import com.csptransition.identity.Caller;
import com.csptransition.identity.WhoMayAct;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import com.csptransition.partner.Partnership;
import com.csptransition.partner.PartnershipRepository;
import com.csptransition.partner.PrerequisiteFacts.ChosenProvider;
import com.csptransition.rules.Evaluation;
import com.csptransition.rules.RulesEngine;
import com.csptransition.web.ApiException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indirect reseller invitations: the reseller sends a personalised link for a new or an existing customer; when
 * the customer follows it and authorizes, the reseller and its provider both become resellers of record.
 */
@Service
public class ResellerInvitations {

    public static final String DECISION_KIND = "RESELLER_INVITATION";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Azure AD tenant ids are GUIDs. */
    private static final Pattern TENANT_ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final ResellerInvitationRepository invitations;
    private final PartnerRepository partners;
    private final PartnershipRepository partnerships;
    private final CustomerRepository customers;
    private final RulesEngine engine;
    private final DecisionLog decisions;
    private final RuntimeService runtime;
    private final Clock clock;
    private final InvitationSettings settings;
    private final WhoMayAct whoMayAct;

    public ResellerInvitations(ResellerInvitationRepository invitations, PartnerRepository partners,
            PartnershipRepository partnerships, CustomerRepository customers, RulesEngine engine,
            DecisionLog decisions, RuntimeService runtime, Clock clock, InvitationSettings settings,
            WhoMayAct whoMayAct) {
        this.invitations = invitations;
        this.partners = partners;
        this.partnerships = partnerships;
        this.customers = customers;
        this.engine = engine;
        this.decisions = decisions;
        this.runtime = runtime;
        this.clock = clock;
        this.settings = settings;
        this.whoMayAct = whoMayAct;
    }

    /** Sends an invitation for a new customer (customerTenantId null) or an existing one of the caller's. */
    @Transactional
    public InvitationView invite(String providerTenantId, String customerTenantId, Caller caller) {
        whoMayAct.require(caller, Action.SEND_RESELLER_INVITATION);
        String organisation = caller.requireOrganisation();
        Partner reseller = partners.acting(organisation);
        Customer customer = customerTenantId == null ? null : customers.servedBy(customerTenantId, organisation);
        Partner provider = partners.findById(providerTenantId).orElseThrow(() -> ApiException.notFound(
                "PartnerNotFound", "No partner with tenant id " + providerTenantId + "."));
        List<Object> facts = new ArrayList<>();
        facts.add(new InvitationFacts.InvitingReseller(reseller.getId(), reseller.getName(), reseller.getPrograms()));
        facts.add(new InvitationFacts.InvitedProvider(provider.getId(), provider.getName()));
        facts.add(new ChosenProvider(InvitationFacts.SUBJECT, provider.getName(), partnerships
                .findByResellerIdAndProviderId(reseller.getId(), provider.getId()).map(Partnership::getState).orElse(null)));
        if (customer != null) {
            var relationship = customer.getResellerRelationships().stream()
                    .filter(r -> r.partnerId().equals(provider.getId())).findFirst();
            facts.add(new InvitationFacts.InvitedCustomer(customer.getId(), customer.getName(), customer.getAcquiredAs(),
                    relationship.isPresent(), relationship.map(r -> r.delegatedAdminPrivileges()).orElse(false)));
        }
        Evaluation evaluation = engine.evaluate("reseller-invitation", facts);
        List<String> subjects = new ArrayList<>(List.of(reseller.getId(), provider.getId()));
        if (customer != null) {
            subjects.add(customer.getId());
        }
        decisions.record(DECISION_KIND, caller, subjects, evaluation.reasons().isEmpty() ? "SENT" : "REFUSED", evaluation);
        if (!evaluation.reasons().isEmpty()) {
            throw ApiException.refused("InvitationNotAllowed", evaluation.reasons());
        }
        ResellerInvitation invitation = invitations.save(new ResellerInvitation(UUID.randomUUID().toString(),
                HexFormat.of().formatHex(token()), reseller.getId(),
                provider.getId(), customerTenantId, caller.userId(), Instant.now(clock)));
        // the invitation is the business key: fixed for the process's life, no variable names it
        runtime.startProcessInstanceByKey(InvitationProcess.KEY, invitation.getId());
        return view(invitation, true);
    }

    /** The caller's invitations, sent or received as provider. */
    @Transactional(readOnly = true)
    public List<InvitationView> list(Caller caller) {
        String organisation = caller.requireOrganisation();
        return invitations.findByResellerIdOrProviderIdOrderByCreatedTimeDesc(organisation, organisation).stream()
                .map(i -> view(i, i.getResellerId().equals(organisation))).toList();
    }

    /** What the customer sees behind the link: who invites it. */
    @Transactional(readOnly = true)
    public InvitationView.ForCustomer show(String token) {
        ResellerInvitation invitation = byToken(token);
        return new InvitationView.ForCustomer(partnerName(invitation.getResellerId()),
                partnerName(invitation.getProviderId()), invitation.getCustomerId() == null ? null
                        : customers.findNameById(invitation.getCustomerId()).orElse(null), invitation.getState(),
                invitation.isForNewCustomer(), settings.expiry(invitation.getCreatedTime()));
    }

    /**
     * The customer authorizes both as resellers of record. An invitation for an existing customer names that
     * customer; one for a new customer creates a new customer from the tenant it gives (a GUID), and never attaches
     * to one that exists.
     */
    @Transactional
    public InvitationView.ForCustomer accept(String token, String customerTenantId, String companyName) {
        ResellerInvitation invitation = invitations.lockByToken(token).orElseThrow(ResellerInvitations::noInvitation);
        invitation.requireOpen();
        if (!invitation.isForNewCustomer()) {
            if (customerTenantId != null && !customerTenantId.equals(invitation.getCustomerId())) {
                throw ApiException.invalidInput("customerTenantId: this invitation is for another customer tenant.");
            }
        } else {
            if (customerTenantId == null || !TENANT_ID.matcher(customerTenantId).matches()) {
                throw ApiException.invalidInput("customerTenantId: a new customer authorizes with its Azure AD tenant"
                        + " id, a GUID such as 0f3b5a1c-8d2e-4f6a-9b7c-1d2e3f4a5b6c.");
            }
            if (companyName == null || companyName.isBlank()) {
                throw ApiException.invalidInput("companyName: a new customer authorizes with its company name.");
            }
            if (customers.existsById(customerTenantId)) {
                throw new ApiException(HttpStatus.CONFLICT, "CustomerAlreadyExists", null, "Tenant " + customerTenantId
                        + " is a customer already; this invitation is for a new customer. Ask your reseller for an"
                        + " invitation for your existing tenant.");
            }
        }
        invitation.authorize(customerTenantId, companyName == null ? null : companyName.strip());
        runtime.createMessageCorrelation(InvitationProcess.AUTHORIZED_MESSAGE)
                .processInstanceBusinessKey(invitation.getId()).correlateWithResult();
        return show(token);
    }

    private ResellerInvitation byToken(String token) {
        return invitations.findByToken(token).orElseThrow(ResellerInvitations::noInvitation);
    }

    private static ApiException noInvitation() {
        return ApiException.notFound("InvitationNotFound", "No invitation behind this link.");
    }

    private InvitationView view(ResellerInvitation invitation, boolean withLink) {
        // built from the configured public address: the link leaves by e-mail, not from a request of ours
        String link = withLink ? settings.link(invitation.getToken()) : null;
        String reseller = partnerName(invitation.getResellerId());
        String provider = partnerName(invitation.getProviderId());
        InvitationView.EmailDraft draft = withLink ? new InvitationView.EmailDraft(
                reseller + " and " + provider + " invite you to a reseller relationship",
                "Hello,\n\nplease follow this link to authorize " + reseller + " and its indirect provider " + provider
                        + " as your resellers of record. " + provider + " will then be able to submit orders on your"
                        + " behalf, and " + reseller + " to manage your subscriptions, licenses and users.\n\n" + link
                        + "\n\nThe link is personalised: it connects you to both our accounts.") : null;
        return new InvitationView(invitation.getId(), invitation.getResellerId(), invitation.getProviderId(),
                invitation.getCustomerId(), invitation.getState(), invitation.getCreatedTime(),
                invitation.getAcceptedCustomerId(), link, draft);
    }

    private String partnerName(String id) {
        return partners.findNameById(id).orElse(id);
    }

    private static byte[] token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
