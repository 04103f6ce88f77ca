package com.csptransition.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One generation of rules/: the text of every file (concerns.yaml included), each concern compiled on its own,
 * the content hash as version, and who loaded it when.
 */
public record RuleSet(String version, Map<String, String> sources, Map<String, CompiledConcern> concerns,
        Instant loadedAt, String loadedBy) {

    private static final Comparator<IneligibilityReason> BY_SUBJECT_AND_CODE = (a, b) -> {
        int bySubject = Objects.compare(a.subjectId(), b.subjectId(), Comparator.nullsFirst(Comparator.naturalOrder()));
        if (bySubject != 0) {
            return bySubject;
        }
        int byCode = a.code().compareTo(b.code());
        return byCode != 0 ? byCode : a.message().compareTo(b.message());
    };

    /** Fires the concern's rules, and only those, on the facts. */
    public Evaluation evaluate(String concern, Collection<?> facts) {
        CompiledConcern compiled = concerns.get(concern);
        if (compiled == null) {
            throw new IllegalArgumentException("No concern '" + concern + "' in " + Concerns.FILE + "; there are "
                    + new TreeSet<>(concerns.keySet()));
        }
        CompiledConcern.Fired fired = compiled.fire(facts);
        List<IneligibilityReason> reasons = new ArrayList<>(fired.reasons());
        reasons.sort(BY_SUBJECT_AND_CODE);
        return new Evaluation(concern, List.copyOf(facts), reasons, fired.rules(), version);
    }

    public List<String> files() {
        return sources.keySet().stream().sorted().toList();
    }

    public List<String> ruleNames() {
        return concerns.values().stream().flatMap(c -> c.ruleNames().stream()).distinct().sorted().toList();
    }

    /** The names of the rules a concern fires (empty for an unknown concern). */
    public List<String> ruleNames(String concern) {
        CompiledConcern compiled = concerns.get(concern);
        return compiled == null ? List.of() : compiled.ruleNames();
    }

    /** The files of each concern, as concerns.yaml lists them. */
    public Map<String, List<String>> filesByConcern() {
        Map<String, List<String>> files = new TreeMap<>();
        concerns.forEach((name, compiled) -> files.put(name, compiled.files()));
        return files;
    }

    /** The concerns this generation compiles differently from the other (or has and the other has not). */
    public List<String> concernsChangedFrom(RuleSet other) {
        return concerns.keySet().stream().filter(name -> other.concerns().get(name) == null
                || !other.concerns().get(name).key().equals(concerns.get(name).key())).sorted().toList();
    }
}
