package com.csptransition.admin;

import com.csptransition.admin.ImportBundle.CustomerData;
import com.csptransition.admin.ImportBundle.SubscriptionData;
import com.csptransition.customer.Customer;
import com.csptransition.customer.CustomerRepository;
import com.csptransition.customer.Subscription;
import com.csptransition.customer.SubscriptionRepository;
import com.csptransition.enrollment.EnrollmentEligibility;
import com.csptransition.identity.Caller;
import com.csptransition.partner.Partner;
import com.csptransition.partner.PartnerRepository;
import com.csptransition.partner.Program;
import com.csptransition.partner.Partnership;
import com.csptransition.partner.PartnershipRepository;
import com.csptransition.web.ApiException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a bundle all or nothing; records are matched by id, so loading the same bundle twice changes nothing. A bundle
 * cannot roll an enrollment back unless the enrollment rules let it (they never do: "there is no option to roll back"),
 * nor remove or take away what the API recorded on a customer ({@link CustomerMerge}).
 */
@Service
public class ImportService {

    private final PartnerRepository partners;
    private final PartnershipRepository partnerships;
    private final CustomerRepository customers;
    private final SubscriptionRepository subscriptions;
    private final EnrollmentEligibility enrollment;

    public ImportService(PartnerRepository partners, PartnershipRepository partnerships, CustomerRepository customers,
            SubscriptionRepository subscriptions, EnrollmentEligibility enrollment) {
        this.partners = partners;
        this.partnerships = partnerships;
        this.customers = customers;
        this.subscriptions = subscriptions;
        this.enrollment = enrollment;
    }

    /** kept: where the bundle said otherwise than the service's records, what was kept (CustomerMerge). */
    public record Imported(int partners, int partnerships, int customers, int subscriptions, List<String> kept) {
    }

    @Transactional
    public Imported load(ImportBundle bundle, Caller caller) {
        List<String> errors = validate(bundle, caller);
        if (!errors.isEmpty()) {
            throw ApiException.invalidInput("The bundle refers to records that do not exist or repeats ids; nothing was imported.")
                    .with("errors", errors);
        }
        bundle.partners().forEach(p -> {
            Partner partner = partners.findById(p.id()).orElseGet(() -> new Partner(p.id()));
            partner.update(p.name(), p.mpnId(), p.mpnEmail(), p.profileCurrent(), p.anniversaryDate(),
                    p.trailingTwelveMonthRevenueUsd(), p.programs());
            partners.save(partner);
        });
        bundle.partnerships().forEach(p -> {
            Partnership partnership = partnerships.findById(p.id()).orElseGet(() -> new Partnership(p.id()));
            partnership.update(p.resellerId(), p.providerId(), p.state());
            partnerships.save(partnership);
        });
        List<String> kept = new ArrayList<>();
        bundle.customers().forEach(c -> {
            Customer customer = customers.findById(c.id()).orElseGet(() -> new Customer(c.id()));
            CustomerMerge.Merged merged = CustomerMerge.of(customer, c, kept);
            customer.update(c.name(), c.acquiredAs(), merged.relationships(), merged.acceptances());
            customers.save(customer);
        });
        // bases before their add-ons, for the foreign key
        bundle.subscriptions().stream().sorted(Comparator.comparing(s -> s.baseSubscriptionId() != null))
                .forEach(s -> {
                    Subscription subscription = subscriptions.findById(s.id()).orElseGet(() -> new Subscription(s.id()));
                    subscription.update(s.customerId(), s.partnerId(), s.offerId(), s.offerName(), s.offerKind(),
                            s.baseSubscriptionId(), s.quantity(), Objects.requireNonNullElse(s.billingCycle(), "monthly"),
                            s.status(), s.azureSubscriptionId());
                    subscriptions.save(subscription);
                });
        return new Imported(bundle.partners().size(), bundle.partnerships().size(), bundle.customers().size(),
                bundle.subscriptions().size(), kept);
    }

    private List<String> validate(ImportBundle bundle, Caller caller) {
        List<String> errors = new ArrayList<>();
        duplicates("partner", bundle.partners().stream().map(ImportBundle.PartnerData::id), errors);
        duplicates("partnership", bundle.partnerships().stream().map(ImportBundle.PartnershipData::id), errors);
        duplicates("customer", bundle.customers().stream().map(CustomerData::id), errors);
        duplicates("subscription", bundle.subscriptions().stream().map(SubscriptionData::id), errors);

        // a bundle that takes the indirect reseller program away rolls the enrollment back: the enrollment rules decide
        bundle.partners().stream().filter(p -> !p.programs().contains(Program.INDIRECT_RESELLER))
                .flatMap(p -> partners.findById(p.id()).stream())
                .filter(enrolled -> enrolled.getPrograms().contains(Program.INDIRECT_RESELLER))
                .forEach(enrolled -> enrollment.rollbackRefusals(enrolled, caller)
                        .forEach(r -> errors.add("partner " + enrolled.getId() + ": " + r.message())));
        Set<String> bundledPartners = bundle.partners().stream().map(ImportBundle.PartnerData::id).collect(Collectors.toSet());
        // a bundle names the same few partners on every row: each is looked up once
        Map<String, Boolean> knownPartners = new HashMap<>();
        Function<String, Boolean> partnerExists = id -> bundledPartners.contains(id)
                || knownPartners.computeIfAbsent(id, partners::existsById);
        Set<String> bundledCustomers = bundle.customers().stream().map(CustomerData::id).collect(Collectors.toSet());
        Map<String, SubscriptionData> bundledSubscriptions = bundle.subscriptions().stream()
                .collect(Collectors.toMap(SubscriptionData::id, s -> s, (a, b) -> a));

        bundle.partnerships().forEach(p -> {
            require(partnerExists.apply(p.resellerId()), errors, "partnership " + p.id() + ": unknown reseller " + p.resellerId());
            require(partnerExists.apply(p.providerId()), errors, "partnership " + p.id() + ": unknown provider " + p.providerId());
        });
        bundle.customers().forEach(c -> {
            // a customer has one relationship with a partner, and one acceptance through it each way
            duplicates("customer " + c.id() + ": reseller", c.resellerRelationships().stream()
                    .map(ImportBundle.RelationshipData::partnerId), errors);
            duplicates("customer " + c.id() + ": MCA acceptance", c.mcaAcceptances().stream()
                    .map(m -> CustomerMerge.key(m.method().name(), m.partnerId())), errors);
            c.resellerRelationships().forEach(r -> require(partnerExists.apply(r.partnerId()), errors,
                    "customer " + c.id() + ": unknown reseller " + r.partnerId()));
            c.mcaAcceptances().forEach(m -> require(partnerExists.apply(m.partnerId()), errors,
                    "customer " + c.id() + ": MCA acceptance through unknown partner " + m.partnerId()));
        });
        Map<String, String> existingBaseCustomer = new HashMap<>();
        bundle.subscriptions().forEach(s -> {
            String where = "subscription " + s.id() + ": ";
            require(bundledCustomers.contains(s.customerId()) || customers.existsById(s.customerId()), errors,
                    where + "unknown customer " + s.customerId());
            require(partnerExists.apply(s.partnerId()), errors, where + "unknown partner " + s.partnerId());
            require(!s.offerKind().isAzureSubscription() || s.azureSubscriptionId() != null, errors,
                    where + "an Azure subscription (" + s.offerKind() + ") needs its azureSubscriptionId");
            if (s.baseSubscriptionId() != null) {
                String baseCustomer = bundledSubscriptions.containsKey(s.baseSubscriptionId())
                        ? bundledSubscriptions.get(s.baseSubscriptionId()).customerId()
                        : existingBaseCustomer.computeIfAbsent(s.baseSubscriptionId(), id -> subscriptions.findById(id)
                                .map(Subscription::getCustomerId).orElse(null));
                require(baseCustomer != null, errors, where + "unknown base subscription " + s.baseSubscriptionId());
                require(baseCustomer == null || baseCustomer.equals(s.customerId()), errors,
                        where + "its base subscription belongs to another customer");
            }
        });
        return errors;
    }

    private static void duplicates(String kind, Stream<String> ids, List<String> errors) {
        Set<String> seen = new HashSet<>();
        ids.filter(id -> !seen.add(id)).distinct().forEach(id -> errors.add(kind + " " + id + " appears more than once"));
    }

    private static void require(boolean condition, List<String> errors, String error) {
        if (!condition) {
            errors.add(error);
        }
    }
}
