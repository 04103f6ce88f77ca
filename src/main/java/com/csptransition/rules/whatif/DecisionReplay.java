package com.csptransition.rules.whatif;

import com.csptransition.decision.DecisionFacts;
import com.csptransition.decision.DecisionRecord;
import com.csptransition.decision.DecisionRepository;
import com.csptransition.rules.Evaluation;
import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.RuleSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs recent audited decisions again, on the facts they saw, with the serving rules and with a draft, and says
 * which would change. The serving rules (not the recorded answer) are the "before": a decision made under an
 * older version would otherwise show that version's changes as the draft's.
 */
@Component
class DecisionReplay {

    private final DecisionRepository decisions;
    private final DecisionFacts facts;
    private final Clock clock;
    private final int limit;
    private final Duration window;

    DecisionReplay(DecisionRepository decisions, DecisionFacts facts, Clock clock,
            @Value("${csp.rules.what-if.replay-decisions:1000}") int limit,
            @Value("${csp.rules.what-if.replay-window:P30D}") Duration window) {
        this.decisions = decisions;
        this.facts = facts;
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    @Transactional(readOnly = true)
    Replay replay(RuleSet serving, RuleSet draft, Collection<String> concerns) {
        Instant since = Instant.now(clock).minus(window);
        List<DecisionRecord> recent = concerns.isEmpty() ? List.of()
                : decisions.findReplayable(concerns, since, Limit.of(limit));
        List<ChangedDecision> changed = new ArrayList<>();
        List<String> notReplayable = new ArrayList<>();
        for (DecisionRecord decision : recent) {
            List<Object> seen;
            try {
                seen = facts.read(decision.getFacts());
            } catch (RuntimeException e) {
                notReplayable.add("decision " + decision.getId() + ": " + e.getMessage());
                continue;
            }
            String concern = decision.getConcern();
            if (!draft.concerns().containsKey(concern)) {
                notReplayable.add("decision " + decision.getId() + ": the draft has no concern '" + concern + "'");
                continue;
            }
            Evaluation before = serving.concerns().containsKey(concern) ? serving.evaluate(concern, seen) : null;
            List<SubjectChange> changes = compare(before == null ? List.of() : before.reasons(),
                    draft.evaluate(concern, seen).reasons());
            if (!changes.isEmpty()) {
                changed.add(new ChangedDecision(decision.getId(), decision.getKind(), concern, decision.getDecidedAt(),
                        decision.getOrganisation(), decision.getOutcome(), changes));
            }
        }
        return new Replay(recent.size(), changed.size(), since, limit, changed, notReplayable);
    }

    /** Per subject whose reason codes differ: the codes before and after, and the rules that gave the difference. */
    private static List<SubjectChange> compare(List<IneligibilityReason> before, List<IneligibilityReason> after) {
        Map<String, List<IneligibilityReason>> was = bySubject(before);
        Map<String, List<IneligibilityReason>> is = bySubject(after);
        TreeSet<String> subjects = new TreeSet<>(was.keySet());
        subjects.addAll(is.keySet());
        List<SubjectChange> changes = new ArrayList<>();
        for (String subject : subjects) {
            List<IneligibilityReason> a = was.getOrDefault(subject, List.of());
            List<IneligibilityReason> b = is.getOrDefault(subject, List.of());
            List<String> codesBefore = codes(a);
            List<String> codesAfter = codes(b);
            List<String> messagesBefore = a.stream().map(IneligibilityReason::message).sorted().toList();
            List<String> messagesAfter = b.stream().map(IneligibilityReason::message).sorted().toList();
            if (!codesBefore.equals(codesAfter) || !messagesBefore.equals(messagesAfter)) {
                TreeSet<String> rules = new TreeSet<>();
                a.stream().filter(r -> !b.contains(r)).map(IneligibilityReason::rule).filter(Objects::nonNull).forEach(rules::add);
                b.stream().filter(r -> !a.contains(r)).map(IneligibilityReason::rule).filter(Objects::nonNull).forEach(rules::add);
                changes.add(new SubjectChange(subject, codesBefore, codesAfter, List.copyOf(rules)));
            }
        }
        return changes;
    }

    private static Map<String, List<IneligibilityReason>> bySubject(List<IneligibilityReason> reasons) {
        return reasons.stream().collect(Collectors.groupingBy(r -> String.valueOf(r.subjectId()), TreeMap::new,
                Collectors.toList()));
    }

    private static List<String> codes(List<IneligibilityReason> reasons) {
        return reasons.stream().map(IneligibilityReason::code).sorted().toList();
    }

    /** @param since decisions older than this are not replayed; @param limit nor more than these, newest first */
    record Replay(int replayed, int changed, Instant since, int limit, List<ChangedDecision> decisions,
            List<String> notReplayable) {
    }

    record ChangedDecision(long decisionId, String kind, String concern, Instant decidedAt, String organisation,
            String recordedOutcome, List<SubjectChange> changes) {
    }

    /** A reason whose message alone changed is a change too: callers read the message. */
    record SubjectChange(String subject, List<String> before, List<String> after, List<String> rules) {
    }
}
