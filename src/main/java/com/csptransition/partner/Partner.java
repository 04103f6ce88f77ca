package com.csptransition.partner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A CSP partner tenant: a direct bill partner, an indirect reseller, an indirect provider, or several of these. */
@Entity
public class Partner {

    @Id
    private String id;
    private String name;
    private String mpnId;
    /** The email of the partner's MPN account: where incentive invitations go. */
    private String mpnEmail;
    private boolean profileCurrent;
    private LocalDate anniversaryDate;
    @Column(name = "trailing_revenue_usd")
    private BigDecimal trailingTwelveMonthRevenueUsd;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_program", joinColumns = @JoinColumn(name = "partner_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "program")
    private Set<Program> programs = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_incentive", joinColumns = @JoinColumn(name = "partner_id"))
    @MapKeyColumn(name = "program")
    @MapKeyEnumerated(EnumType.STRING)
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private Map<Program, IncentiveStatus> incentives = new HashMap<>();

    protected Partner() {
    }

    public Partner(String id) {
        this.id = id;
    }

    public void update(String name, String mpnId, String mpnEmail, boolean profileCurrent, LocalDate anniversaryDate,
            BigDecimal trailingTwelveMonthRevenueUsd, Set<Program> programs) {
        this.name = name;
        this.mpnId = mpnId;
        this.mpnEmail = mpnEmail;
        this.profileCurrent = profileCurrent;
        this.anniversaryDate = anniversaryDate;
        this.trailingTwelveMonthRevenueUsd = trailingTwelveMonthRevenueUsd;
        this.programs.clear();
        this.programs.addAll(programs);
    }

    /** Adds a program; a partner never loses one here (an enrollment cannot be rolled back). */
    public void enroll(Program program) {
        programs.add(program);
    }

    public void incentive(Program program, IncentiveStatus status) {
        incentives.put(program, status);
    }

    public Map<Program, IncentiveStatus> getIncentives() {
        return incentives.isEmpty() ? Map.of() : new EnumMap<>(incentives);
    }

    public String getMpnEmail() {
        return mpnEmail;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getMpnId() {
        return mpnId;
    }

    public boolean isProfileCurrent() {
        return profileCurrent;
    }

    public LocalDate getAnniversaryDate() {
        return anniversaryDate;
    }

    public BigDecimal getTrailingTwelveMonthRevenueUsd() {
        return trailingTwelveMonthRevenueUsd;
    }

    public Set<Program> getPrograms() {
        return programs.isEmpty() ? EnumSet.noneOf(Program.class) : EnumSet.copyOf(programs);
    }
}
