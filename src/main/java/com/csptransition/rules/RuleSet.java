package com.csptransition.rules;

import java.time.Instant;
import java.util.List;
import org.kie.api.runtime.KieContainerSessionsPool;
import org.kie.api.runtime.KieSession;

/**
 * One compiled generation of rules/: pooled sessions on its KieBase (a disposed session is reset and reused),
 * its content hash as version, and what it holds.
 */
public record RuleSet(KieContainerSessionsPool sessions, String version, List<String> files, List<String> ruleNames,
        Instant loadedAt) {

    public KieSession newSession() {
        return sessions.newKieSession();
    }
}
