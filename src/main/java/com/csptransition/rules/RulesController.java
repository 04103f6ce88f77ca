package com.csptransition.rules;

import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Shows which rules serve, and reloads them from the rules folder (422 with file:line errors if they do not compile). */
@RestController
@RequestMapping("/api/rules")
public class RulesController {

    private final RulesEngine engine;

    public RulesController(RulesEngine engine) {
        this.engine = engine;
    }

    @GetMapping
    RuleSetView current() {
        return RuleSetView.of(engine.current());
    }

    @PostMapping("/reload")
    RuleSetView reload() {
        return RuleSetView.of(engine.reload());
    }

    record RuleSetView(String version, List<String> files, List<String> rules, Instant loadedAt) {

        static RuleSetView of(RuleSet ruleSet) {
            return new RuleSetView(ruleSet.version(), ruleSet.files(), ruleSet.ruleNames(), ruleSet.loadedAt());
        }
    }
}
