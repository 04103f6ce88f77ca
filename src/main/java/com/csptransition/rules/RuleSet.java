package com.csptransition.rules;

import java.time.Instant;
import java.util.List;
import org.kie.api.KieBase;

/** One compiled generation of rules/: the KieBase, its content hash as version, and what it holds. */
public record RuleSet(KieBase kieBase, String version, List<String> files, List<String> ruleNames, Instant loadedAt) {
}
