package com.csptransition.ops;

import com.csptransition.rules.RuleSet;
import com.csptransition.rules.RulesEngine;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** /actuator/health's "rules": the version serving (details for administrators only, management.endpoint.health). */
@Component("rules")
class RulesHealth extends AbstractHealthIndicator {

    private final RulesEngine rules;

    RulesHealth(RulesEngine rules) {
        this.rules = rules;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        RuleSet serving = rules.current();
        health.up().withDetail("version", serving.version()).withDetail("concerns", serving.concerns().size())
                .withDetail("rules", serving.ruleNames().size()).withDetail("loadedAt", serving.loadedAt())
                .withDetail("loadedBy", serving.loadedBy());
    }
}
