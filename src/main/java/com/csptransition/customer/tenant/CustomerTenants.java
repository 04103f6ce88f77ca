package com.csptransition.customer.tenant;

import com.csptransition.customer.AcquisitionKind;
import com.csptransition.customer.Customer;
import com.csptransition.customer.CustomerRepository;
import com.csptransition.customer.McaAcceptance;
import com.csptransition.customer.ResellerRelationship;
import com.csptransition.customer.capability.Capability;
import com.csptransition.customer.capability.CapabilityFacts;
import com.csptransition.customer.capability.CapabilityRules;
import com.csptransition.identity.Action;
import com.csptransition.identity.Caller;
import com.csptransition.identity.WhoMayAct;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import com.csptransition.partner.PartnershipRepository;
import com.csptransition.partner.PartnershipState;
import com.csptransition.web.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating customer tenants. A direct bill partner creates its own direct bill customers; an indirect reseller
 * cannot: "Your provider will create the tenant and will specify you as the indirect reseller for this customer."
 * The capability rules decide both, first.
 */
@Service
public class CustomerTenants {

    private final CustomerRepository customers;
    private final PartnerRepository partners;
    private final PartnershipRepository partnerships;
    private final CapabilityRules capabilities;
    private final WhoMayAct whoMayAct;

    public CustomerTenants(CustomerRepository customers, PartnerRepository partners, PartnershipRepository partnerships,
            CapabilityRules capabilities, WhoMayAct whoMayAct) {
        this.customers = customers;
        this.partners = partners;
        this.partnerships = partnerships;
        this.capabilities = capabilities;
        this.whoMayAct = whoMayAct;
    }

    @Transactional
    public CustomerBody.Created create(CustomerBody body, Caller caller) {
        String organisation = caller.requireOrganisation();
        whoMayAct.require(caller, Action.CREATE_CUSTOMER);
        Partner partner = partners.acting(organisation);
        String name = body.companyProfile().companyName();
        String resellerId = body.associatedPartnerId();
        AcquisitionKind kind = resellerId == null ? AcquisitionKind.DIRECT_BILL : AcquisitionKind.INDIRECT_RESELLER;
        List<Object> extra = new ArrayList<>();
        if (resellerId != null) {
            Partner reseller = partners.findById(resellerId).orElseThrow(() -> ApiException.invalidInput(
                    "associatedPartnerId " + resellerId + " is no known partner."));
            boolean partnered = partnerships.findByResellerIdAndProviderId(resellerId, organisation)
                    .filter(p -> p.getState() == PartnershipState.ACCEPTED).isPresent();
            extra.add(new CapabilityFacts.NamedReseller(reseller.getId(), reseller.getName(), reseller.getPrograms(),
                    partnered));
        }
        List<McaAcceptance> acceptances = body.agreement() == null ? List.of()
                : List.of(body.agreement().attestedBy(organisation));
        extra.addAll(acceptances);
        capabilities.require(caller, partner, new CapabilityFacts.CapabilityCustomer(null, name, kind),
                Set.of(Capability.CREATE_CUSTOMERS), extra.toArray());
        Customer customer = new Customer(UUID.randomUUID().toString());
        List<ResellerRelationship> resellers = new ArrayList<>();
        // both resellers of record; the provider orders for the customer with delegated admin privileges; the billing
        // profile is the creating partner's bill-to info
        resellers.add(new ResellerRelationship(organisation, true, false, body.billingProfile()));
        if (resellerId != null) {
            resellers.add(new ResellerRelationship(resellerId, true));
        }
        customer.update(name, kind, resellers, acceptances);
        customers.save(customer);
        return CustomerBody.Created.of(customer, body, organisation);
    }

    /**
     * Partner Center's "request a reseller relationship": the link a direct bill partner sends a customer. A
     * restricted direct bill partner may not send one.
     */
    @Transactional
    public RelationshipRequest relationshipRequest(Caller caller) {
        String organisation = caller.requireOrganisation();
        whoMayAct.require(caller, Action.REQUEST_RESELLER_RELATIONSHIP);
        Partner partner = partners.acting(organisation);
        capabilities.require(caller, partner, new CapabilityFacts.CapabilityCustomer(null, null, AcquisitionKind.DIRECT_BILL),
                Set.of(Capability.SEND_RESELLER_INVITATIONS));
        return new RelationshipRequest("https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId="
                + organisation + "&msppId=0&DAP=true#/BillingAccounts/partner-invitation",
                Map.of("objectType", "RelationshipRequest"));
    }

    public record RelationshipRequest(String url, Map<String, String> attributes) {
    }
}
