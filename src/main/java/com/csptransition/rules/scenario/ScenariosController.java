package com.csptransition.rules.scenario;

import com.csptransition.rules.RulesEngine;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Runs every scenario file against the serving rules: 200 with the report, failed rows included. */
@RestController
class ScenariosController {

    private final RulesEngine engine;
    private final ScenarioRunner runner;

    ScenariosController(RulesEngine engine, ScenarioRunner runner) {
        this.engine = engine;
        this.runner = runner;
    }

    @PostMapping("/api/rules/scenarios")
    ScenarioReport run() {
        return runner.run(engine.current());
    }
}
