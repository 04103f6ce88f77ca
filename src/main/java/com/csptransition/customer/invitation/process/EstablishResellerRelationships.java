package com.csptransition.customer.invitation.process;

import com.csptransition.customer.AcquisitionKind;
import com.csptransition.customer.Customer;
import com.csptransition.customer.CustomerRepository;
import com.csptransition.customer.ResellerRelationship;
import com.csptransition.customer.invitation.ResellerInvitation;
import com.csptransition.customer.invitation.ResellerInvitationRepository;
import com.csptransition.notification.Notifications;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task establishResellerRelationships: "After the customer authorizes you and your provider to be their
 * resellers of record, you'll have administrator permissions ... and your indirect provider will be able to submit
 * orders on their behalf." Both get delegated admin privileges; a new customer is an indirect reseller customer.
 */
@Component("establishResellerRelationships")
public class EstablishResellerRelationships implements JavaDelegate {

    public static final String KIND = "RESELLER_INVITATION_ACCEPTED";

    private final ResellerInvitationRepository invitations;
    private final CustomerRepository customers;
    private final PartnerRepository partners;
    private final Notifications notifications;
    private final Clock clock;

    public EstablishResellerRelationships(ResellerInvitationRepository invitations, CustomerRepository customers,
            PartnerRepository partners, Notifications notifications, Clock clock) {
        this.invitations = invitations;
        this.customers = customers;
        this.partners = partners;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the invitation is the process's business key; the tenant is the one the customer authorized with
        ResellerInvitation invitation = invitations.findById(execution.getProcessBusinessKey()).orElseThrow();
        invitation.accepted(Instant.now(clock));
        String tenantId = invitation.getAcceptedCustomerId();
        Customer customer = invitation.isForNewCustomer() ? newCustomer(tenantId, invitation.getAcceptedCompanyName())
                : customers.findById(tenantId).orElseThrow();
        customer.authorizeReseller(invitation.getResellerId());
        customer.authorizeReseller(invitation.getProviderId());
        for (String partnerId : List.of(invitation.getResellerId(), invitation.getProviderId())) {
            Partner partner = partners.findById(partnerId).orElseThrow();
            if (partner.getMpnEmail() != null) {
                notifications.queue(new Notifications.Message(KIND, partnerId, partner.getMpnEmail(),
                        customer.getName() + " accepted your indirect reseller invitation", customer.getName() + " ("
                                + tenantId + ") authorized the indirect reseller and its indirect provider as resellers"
                                + " of record. The provider can now submit orders on the customer's behalf."));
            }
        }
    }

    /** A new-customer invitation never attaches to a customer that exists. */
    private Customer newCustomer(String tenantId, String companyName) {
        if (customers.existsById(tenantId)) {
            throw new IllegalStateException("tenant " + tenantId + " is a customer already");
        }
        Customer created = new Customer(tenantId);
        created.update(companyName, AcquisitionKind.INDIRECT_RESELLER, List.<ResellerRelationship>of(), List.of());
        return customers.save(created);
    }
}
