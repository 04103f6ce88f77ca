package com.csptransition.rules;

import java.time.Instant;
import com.csptransition.identity.Caller;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
    RuleSetView reload(@AuthenticationPrincipal Caller caller) {
        return RuleSetView.of(engine.reload(caller.userId()));
    }

    record RuleSetView(String version, List<String> files, Map<String, List<String>> concerns, List<String> rules,
            Instant loadedAt, String loadedBy) {

        static RuleSetView of(RuleSet ruleSet) {
            return new RuleSetView(ruleSet.version(), ruleSet.files(), ruleSet.filesByConcern(), ruleSet.ruleNames(),
                    ruleSet.loadedAt(), ruleSet.loadedBy());
        }
    }
}
