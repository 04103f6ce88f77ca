package com.csptransition.decision;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The audit of one decision the rules made: who asked, about what, what came out and why. */
@Entity
public class DecisionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String kind;
    private String organisation;
    private String caller;
    private String outcome;
    private String rulesVersion;
    private Instant decidedAt;
    private String concern;
    /** gzip'd JSON, see {@link DecisionFacts}; null for decisions made before the audit kept facts */
    private byte[] facts;

    @ElementCollection
    @CollectionTable(name = "decision_subject", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "subject_id")
    private Set<String> subjects = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "decision_reason", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<DecisionReason> reasons = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "decision_rule_fired", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    @Column(name = "rule_name")
    private List<String> rulesFired = new ArrayList<>();

    protected DecisionRecord() {
    }

    DecisionRecord(String kind, String organisation, String caller, String outcome, String rulesVersion,
            Instant decidedAt, Set<String> subjects, List<DecisionReason> reasons, List<String> rulesFired,
            String concern, byte[] facts) {
        this.concern = concern;
        this.facts = facts;
        this.kind = kind;
        this.organisation = organisation;
        this.caller = caller;
        this.outcome = outcome;
        this.rulesVersion = rulesVersion;
        this.decidedAt = decidedAt;
        this.subjects.addAll(subjects);
        this.reasons.addAll(reasons);
        this.rulesFired.addAll(rulesFired);
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getCaller() {
        return caller;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getRulesVersion() {
        return rulesVersion;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Set<String> getSubjects() {
        return subjects;
    }

    public List<DecisionReason> getReasons() {
        return reasons;
    }

    public String getConcern() {
        return concern;
    }

    public byte[] getFacts() {
        return facts;
    }

    public List<String> getRulesFired() {
        return rulesFired;
    }
}
