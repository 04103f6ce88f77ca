package com.csptransition.identity;

import static com.csptransition.identity.Role.SALES_AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.RuleSet;
import com.csptransition.rules.RulesEngine;
import com.csptransition.rules.RulesProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * rules/who-may-act.drl: every action as every role and every side is a row of rules/scenarios/who-may-act.md; here,
 * that every action has its rows there, the refusals' wording, and an analyst's edit of the file.
 */
class WhoMayActRulesTest {

    static final Path SCENARIOS = Path.of("rules", "scenarios", "who-may-act.md");

    static RulesEngine engine;

    @BeforeAll
    static void compileRules() {
        engine = new RulesEngine(new RulesProperties(Path.of("rules"), false));
    }

    /** A new action of the API needs its rows: as each role, and as a user of the partner with no role. */
    @Test
    void everyActionHasARowInTheScenariosAsEachRoleAndAsAUserWithNoRole() throws Exception {
        Map<String, Set<String>> rolesByAction = new HashMap<>();
        List<String> header = List.of();
        for (String line : Files.readAllLines(SCENARIOS)) {
            if (!line.startsWith("|") || line.startsWith("|-")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.strip().substring(1).split("\\|")).map(String::strip).toList();
            if (cells.get(0).equals("case")) {
                header = cells;
            } else if (header.contains("action") && header.contains("user's roles")) {
                rolesByAction.computeIfAbsent(constant(cells.get(header.indexOf("action"))), a -> new HashSet<>())
                        .add(constant(cells.get(header.indexOf("user's roles"))));
            }
        }
        Set<String> roles = Stream.concat(Arrays.stream(Role.values()).map(Role::name), Stream.of("NONE"))
                .collect(Collectors.toSet());

        assertThat(Arrays.stream(Action.values()).filter(a -> !rolesByAction.getOrDefault(a.name(), Set.of())
                .containsAll(roles))).as("actions without a row in %s as each of %s", SCENARIOS, roles).isEmpty();
    }

    @Test
    void everyRefusalSaysWhatTheUserAskedToDo() {
        for (Action action : Action.values()) {
            List<IneligibilityReason> reasons = engine.evaluate(WhoMayAct.CONCERN, List.of(
                    new Actor("someone", "contoso", Set.of()), new RequestedAction(action, null))).reasons();

            assertThat(reasons).as(action.name()).isNotEmpty().allSatisfy(r -> {
                assertThat(r.subjectId()).isEqualTo("someone");
                assertThat(r.message()).startsWith("Only ").endsWith(" can " + action.what() + ".");
            });
        }
    }

    @Test
    void anAnalystGivesAnActionAnotherRoleByMovingItToAnotherRule() throws Exception {
        String drl = Files.readString(Path.of("rules", "who-may-act.drl"));
        String moved = drl.replace("        Action.PLACE_ORDER,\n", "").replace("        Action.CREATE_CUSTOMER,\n",
                "        Action.CREATE_CUSTOMER,\n        Action.PLACE_ORDER,\n");
        assertThat(moved).isNotEqualTo(drl);
        RuleSet draft = engine.draft(Map.of("who-may-act.drl", moved), "test");

        assertThat(draft.evaluate(WhoMayAct.CONCERN, List.of(new Actor("someone", "contoso", Set.of(SALES_AGENT)),
                new RequestedAction(Action.PLACE_ORDER, null))).reasons())
                .extracting(IneligibilityReason::code).containsExactly("ADMIN_AGENT_REQUIRED");
    }

    /** "create transfer" → CREATE_TRANSFER, as the scenario runner reads a value. */
    private static String constant(String cell) {
        return cell.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
