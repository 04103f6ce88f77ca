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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A CSP partner tenant: a direct bill partner, an indirect reseller, an indirect provider, or several of these. */
@Entity
public class Partner {

    @Id
    private String id;
    private String name;
    private String mpnId;
    private boolean profileCurrent;
    private LocalDate anniversaryDate;
    @Column(name = "trailing_revenue_usd")
    private BigDecimal trailingTwelveMonthRevenueUsd;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_program", joinColumns = @JoinColumn(name = "partner_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "program")
    private Set<Program> programs = new HashSet<>();

    protected Partner() {
    }

    public Partner(String id) {
        this.id = id;
    }

    public void update(String name, String mpnId, boolean profileCurrent, LocalDate anniversaryDate,
            BigDecimal trailingTwelveMonthRevenueUsd, Set<Program> programs) {
        this.name = name;
        this.mpnId = mpnId;
        this.profileCurrent = profileCurrent;
        this.anniversaryDate = anniversaryDate;
        this.trailingTwelveMonthRevenueUsd = trailingTwelveMonthRevenueUsd;
        this.programs.clear();
        this.programs.addAll(programs);
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
