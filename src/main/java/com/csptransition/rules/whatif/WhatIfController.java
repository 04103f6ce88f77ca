package com.csptransition.rules.whatif;

import com.csptransition.identity.Caller;
import com.csptransition.rules.RuleSet;
import com.csptransition.rules.RulesEngine;
import com.csptransition.rules.RulesProperties;
import com.csptransition.rules.scenario.ScenarioReport;
import com.csptransition.rules.scenario.ScenarioRunner;
import com.csptransition.web.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a draft of the rules would do before it goes live: compiled beside the serving rules (which keep serving),
 * every scenario file run on it (draft scenario files over the folder's), recent audited decisions replayed on it.
 * A draft that does not compile is 422 with its errors as file:line.
 */
@RestController
@RequestMapping("/api/rules/what-if")
class WhatIfController {

    private static final Pattern RULE_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,100}\\.drl|concerns\\.yaml");
    private static final Pattern SCENARIO_FILE = Pattern.compile(ScenarioRunner.FOLDER + "/([A-Za-z0-9][A-Za-z0-9._-]{0,100}\\.md)");

    private final RulesEngine engine;
    private final DecisionReplay replay;
    private final ScenarioRunner scenarios;
    private final RulesProperties properties;

    WhatIfController(RulesEngine engine, DecisionReplay replay, ScenarioRunner scenarios, RulesProperties properties) {
        this.engine = engine;
        this.replay = replay;
        this.scenarios = scenarios;
        this.properties = properties;
    }

    @PostMapping
    WhatIfReport whatIf(@Valid @RequestBody Draft draft, @AuthenticationPrincipal Caller caller) {
        Map<String, String> ruleFiles = new TreeMap<>();
        Map<String, String> scenarioFiles = ScenarioRunner.read(properties.directory().resolve(ScenarioRunner.FOLDER));
        draft.files().forEach((name, text) -> {
            Matcher scenario = SCENARIO_FILE.matcher(name);
            if (text == null || !scenario.matches() && !RULE_FILE.matcher(name).matches()) {
                throw ApiException.invalidInput("files: '" + name + "' must name a .drl file or concerns.yaml of the"
                        + " rules folder, or a scenarios/*.md file, with its text.");
            }
            (scenario.matches() ? scenarioFiles : ruleFiles).put(scenario.matches() ? scenario.group(1) : name, text);
        });
        RuleSet serving = engine.current();
        RuleSet drafted = engine.draft(ruleFiles, caller.userId());
        List<String> changedFiles = ruleFiles.keySet().stream()
                .filter(f -> !Objects.equals(serving.sources().get(f), ruleFiles.get(f))).sorted().toList();
        List<String> concerns = drafted.concernsChangedFrom(serving);
        return new WhatIfReport(serving.version(), drafted.version(), changedFiles, concerns,
                scenarios.run(drafted, scenarioFiles), replay.replay(serving, drafted, concerns));
    }

    record Draft(@NotNull @NotEmpty Map<String, String> files) {
    }

    record WhatIfReport(String servingVersion, String draftVersion, List<String> changedFiles,
            List<String> concernsAffected, ScenarioReport scenarios, DecisionReplay.Replay replay) {
    }
}
