package com.csptransition.rules;

import java.time.Instant;
import com.csptransition.identity.Caller;
import com.csptransition.web.ApiException;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shows which rules serve and every version that served, diffs two versions, and reloads the rules folder (422 with
 * file:line errors if it does not compile).
 */
@RestController
@RequestMapping("/api/rules")
public class RulesController {

    private final RulesEngine engine;
    private final RuleVersions versions;

    public RulesController(RulesEngine engine, RuleVersions versions) {
        this.engine = engine;
        this.versions = versions;
    }

    @GetMapping
    RuleSetView current() {
        return RuleSetView.of(engine.current());
    }

    @PostMapping("/reload")
    RuleSetView reload(@AuthenticationPrincipal Caller caller) {
        return RuleSetView.of(engine.reload(caller.userId()));
    }

    /** Every version that served, newest first, with who loaded it when. */
    @GetMapping("/versions")
    List<RuleVersions.Version> versions() {
        return versions.list();
    }

    /** What changed from version a to version b, file by file, as unified diffs. */
    @GetMapping("/versions/{a}/diff/{b}")
    RuleVersions.Diff diff(@PathVariable String a, @PathVariable String b) {
        RuleVersions.Diff diff = versions.diff(a, b);
        if (diff == null) {
            throw ApiException.notFound("RuleVersionNotFound", "No rules version " + a + " or " + b
                    + " has served here; GET /api/rules/versions lists them.");
        }
        return diff;
    }

    record RuleSetView(String version, List<String> files, Map<String, List<String>> concerns, List<String> rules,
            Instant loadedAt, String loadedBy) {

        static RuleSetView of(RuleSet ruleSet) {
            return new RuleSetView(ruleSet.version(), ruleSet.files(), ruleSet.filesByConcern(), ruleSet.ruleNames(),
                    ruleSet.loadedAt(), ruleSet.loadedBy());
        }
    }
}
