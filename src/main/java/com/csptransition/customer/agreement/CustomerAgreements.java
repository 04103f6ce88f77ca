package com.csptransition.customer.agreement;

import com.csptransition.customer.Customer;
import com.csptransition.customer.CustomerRepository;
import com.csptransition.customer.McaAcceptance;
import com.csptransition.customer.McaMethod;
import com.csptransition.identity.Caller;
import com.csptransition.identity.Role;
import com.csptransition.web.ApiException;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner of the customer (typically the indirect provider after the customer moved) records the customer's
 * acceptance of the Microsoft Customer Agreement by attestation; transfer eligibility reads it.
 */
@Service
public class CustomerAgreements {

    private final CustomerRepository customers;

    public CustomerAgreements(CustomerRepository customers) {
        this.customers = customers;
    }

    @Transactional
    public Agreement confirm(String customerTenantId, Agreement agreement, Caller caller) {
        caller.requireRole(Role.GLOBAL_ADMIN, Role.ADMIN_AGENT);
        if (!Agreement.MCA.equals(agreement.type())) {
            throw ApiException.invalidInput("type must be '" + Agreement.MCA + "', not '" + agreement.type() + "'.");
        }
        Customer customer = ownCustomer(customerTenantId, caller);
        McaAcceptance acceptance = new McaAcceptance(McaMethod.PARTNER_ATTESTATION, caller.organisationId(),
                agreement.dateAgreed().toLocalDate(), agreement.templateId(), agreement.primaryContact().firstName(),
                agreement.primaryContact().lastName(), agreement.primaryContact().email(),
                agreement.primaryContact().phoneNumber());
        if (!customer.accept(acceptance)) {
            throw new ApiException(HttpStatus.CONFLICT, "PartnerConfirmedAgreementAlreadyExists", 600061,
                    "Your organisation already confirmed the customer's acceptance of the Microsoft Customer Agreement.");
        }
        return view(acceptance);
    }

    /** The customer's MCA acceptances: those recorded by the caller's organisation and those made in M365. */
    @Transactional(readOnly = true)
    public List<Agreement> list(String customerTenantId, String agreementType, Caller caller) {
        if (agreementType != null && !Agreement.MCA.equals(agreementType)) {
            throw ApiException.invalidInput("agreementType must be '" + Agreement.MCA + "'.");
        }
        return ownCustomer(customerTenantId, caller).getMcaAcceptances().stream()
                .filter(a -> a.method() == McaMethod.M365_ADMIN_CENTER || a.partnerId().equals(caller.organisationId()))
                .map(CustomerAgreements::view).toList();
    }

    private Customer ownCustomer(String customerTenantId, Caller caller) {
        String organisation = caller.requireOrganisation();
        return customers.findById(customerTenantId).filter(c -> c.hasReseller(organisation))
                .orElseThrow(() -> ApiException.notFound("CustomerNotFound",
                        "No customer with tenant id " + customerTenantId + " for your organisation."));
    }

    private static Agreement view(McaAcceptance a) {
        Agreement.Contact contact = a.contactEmail() == null ? null
                : new Agreement.Contact(a.contactFirstName(), a.contactLastName(), a.contactEmail(), a.contactPhone());
        return new Agreement(contact, a.dateAgreed() == null ? null : a.dateAgreed().atTime(LocalTime.MIDNIGHT).atOffset(ZoneOffset.UTC),
                a.templateId(), Agreement.MCA, a.partnerId(), Map.of("objectType", "Agreement", "acceptedVia", a.method().name()));
    }
}
