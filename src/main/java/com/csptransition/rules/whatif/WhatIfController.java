package com.csptransition.rules.whatif;

import com.csptransition.identity.Caller;
import com.csptransition.rules.RuleSet;
import com.csptransition.rules.RulesEngine;
import com.csptransition.web.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a draft of the rules would do before it goes live: compiled beside the serving rules (which keep serving),
 * replayed on recent audited decisions. A draft that does not compile is 422 with its errors as file:line.
 */
@RestController
@RequestMapping("/api/rules/what-if")
class WhatIfController {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,100}\\.drl|concerns\\.yaml");

    private final RulesEngine engine;
    private final DecisionReplay replay;

    WhatIfController(RulesEngine engine, DecisionReplay replay) {
        this.engine = engine;
        this.replay = replay;
    }

    @PostMapping
    WhatIfReport whatIf(@Valid @RequestBody Draft draft, @AuthenticationPrincipal Caller caller) {
        draft.files().forEach((name, text) -> {
            if (!FILE_NAME.matcher(name).matches() || text == null) {
                throw ApiException.invalidInput("files: '" + name + "' must be a .drl file name (or concerns.yaml)"
                        + " of the rules folder, with its text.");
            }
        });
        RuleSet serving = engine.current();
        RuleSet drafted = engine.draft(draft.files(), caller.userId());
        List<String> changedFiles = draft.files().keySet().stream()
                .filter(f -> !Objects.equals(serving.sources().get(f), draft.files().get(f))).sorted().toList();
        List<String> concerns = drafted.concernsChangedFrom(serving);
        return new WhatIfReport(serving.version(), drafted.version(), changedFiles, concerns,
                replay.replay(serving, drafted, concerns));
    }

    record Draft(@NotNull @NotEmpty Map<String, String> files) {
    }

    record WhatIfReport(String servingVersion, String draftVersion, List<String> changedFiles,
            List<String> concernsAffected, DecisionReplay.Replay replay) {
    }
}
