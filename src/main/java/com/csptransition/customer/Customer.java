package com.csptransition.customer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** A customer tenant, its resellers of record and its Microsoft Customer Agreement acceptances. */
@Entity
public class Customer {

    @Id
    private String id;
    private String name;
    @Enumerated(EnumType.STRING)
    private AcquisitionKind acquiredAs;
    /** Written only by CustomerFactsStamp, in SQL, when anything about the customer changes; read by queries. */
    @Column(insertable = false, updatable = false)
    private String factsStamp;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reseller_relationship", joinColumns = @JoinColumn(name = "customer_id"))
    private Set<ResellerRelationship> resellerRelationships = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mca_acceptance", joinColumns = @JoinColumn(name = "customer_id"))
    private Set<McaAcceptance> mcaAcceptances = new HashSet<>();

    protected Customer() {
    }

    public Customer(String id) {
        this.id = id;
    }

    public void update(String name, AcquisitionKind acquiredAs, Collection<ResellerRelationship> relationships,
            Collection<McaAcceptance> acceptances) {
        this.name = name;
        this.acquiredAs = acquiredAs;
        resellerRelationships.clear();
        resellerRelationships.addAll(relationships);
        mcaAcceptances.clear();
        mcaAcceptances.addAll(acceptances);
    }

    /** Records an acceptance; false when the same partner already recorded one the same way. */
    public boolean accept(McaAcceptance acceptance) {
        boolean already = mcaAcceptances.stream().anyMatch(
                a -> a.method() == acceptance.method() && a.partnerId().equals(acceptance.partnerId()));
        return !already && mcaAcceptances.add(acceptance);
    }

    /** Adds a reseller of record (the customer moved to an indirect provider). */
    public void addReseller(ResellerRelationship relationship) {
        resellerRelationships.add(relationship);
    }

    /**
     * Makes the partner a reseller of record with delegated admin privileges, as an accepted indirect reseller
     * invitation does; a relationship the partner already had keeps its bill-to info.
     */
    public void authorizeReseller(String partnerId) {
        ResellerRelationship had = relationshipOf(partnerId).orElse(new ResellerRelationship(partnerId, false));
        resellerRelationships.remove(had);
        resellerRelationships.add(new ResellerRelationship(partnerId, true, had.billToShared(), had.billTo()));
    }

    public boolean hasReseller(String partnerId) {
        return relationshipOf(partnerId).isPresent();
    }

    /** The bill-to info the partner holds for this customer, if it is a reseller of record that holds any. */
    public Optional<BillingProfile> billToOf(String partnerId) {
        return relationshipOf(partnerId).map(ResellerRelationship::billTo);
    }

    private Optional<ResellerRelationship> relationshipOf(String partnerId) {
        return resellerRelationships.stream().filter(r -> r.partnerId().equals(partnerId)).findFirst();
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public AcquisitionKind getAcquiredAs() {
        return acquiredAs;
    }

    public Set<ResellerRelationship> getResellerRelationships() {
        return Set.copyOf(resellerRelationships);
    }

    public Set<McaAcceptance> getMcaAcceptances() {
        return Set.copyOf(mcaAcceptances);
    }
}
