package com.csptransition.identity;

import static com.csptransition.identity.Role.ADMIN_AGENT;
import static com.csptransition.identity.Role.GLOBAL_ADMIN;
import static com.csptransition.identity.Role.SALES_AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.csptransition.rules.IneligibilityReason;
import com.csptransition.rules.RuleSet;
import com.csptransition.rules.RulesEngine;
import com.csptransition.rules.RulesProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** rules/who-may-act.drl: every action as every role, and every side of the records that have sides. */
class WhoMayActRulesTest {

    static RulesEngine engine;

    @BeforeAll
    static void compileRules() {
        engine = new RulesEngine(new RulesProperties(Path.of("rules"), false));
    }

    /** An action, the side it is asked from, the roles that may take it (none: any), the code the others get. */
    record Spec(Action action, Side side, Set<Role> roles, String code) {
    }

    static Spec only(Action action, String code, Role... roles) {
        return new Spec(action, null, EnumSet.copyOf(List.of(roles)), code);
    }

    static Spec onSide(Spec spec, Side side) {
        return new Spec(spec.action(), side, spec.roles(), spec.code());
    }

    /** The BPMN names the roles of these steps: the rules ask only the side. */
    static Spec anyRole(Action action, Side side) {
        return new Spec(action, side, EnumSet.noneOf(Role.class), null);
    }

    static final Set<Role> ANY = EnumSet.of(GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT);

    static final List<Spec> ROLES = List.of(
            only(Action.ENROLL, "GLOBAL_ADMIN_REQUIRED", GLOBAL_ADMIN),
            only(Action.CHECK_TRANSFER_ELIGIBILITY, "PARTNER_ROLE_REQUIRED", GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT),
            onSide(only(Action.CREATE_TRANSFER, "ADMIN_AGENT_REQUIRED", ADMIN_AGENT), Side.PARTNER),
            onSide(only(Action.WITHDRAW_TRANSFER, "ADMIN_AGENT_REQUIRED", ADMIN_AGENT), Side.PARTNER),
            anyRole(Action.REVIEW_TRANSFER, Side.PROVIDER),
            anyRole(Action.VERIFY_TRANSFER, Side.PROVIDER),
            anyRole(Action.VERIFY_TRANSFER, Side.PARTNER),
            only(Action.INVITE_TO_PARTNERSHIP, "GLOBAL_ADMIN_OR_ADMIN_AGENT_REQUIRED", GLOBAL_ADMIN, ADMIN_AGENT),
            anyRole(Action.ANSWER_PARTNERSHIP_INVITATION, Side.PARTNER),
            only(Action.EXTEND_RELATIONSHIP, "ADMIN_AGENT_REQUIRED", ADMIN_AGENT),
            only(Action.SEND_RESELLER_INVITATION, "ADMIN_AGENT_REQUIRED", ADMIN_AGENT),
            only(Action.CONFIRM_CUSTOMER_AGREEMENT, "GLOBAL_ADMIN_OR_ADMIN_AGENT_REQUIRED", GLOBAL_ADMIN, ADMIN_AGENT),
            only(Action.PLACE_ORDER, "ADMIN_OR_SALES_AGENT_REQUIRED", ADMIN_AGENT, SALES_AGENT),
            only(Action.VIEW_SUBSCRIPTIONS, "PARTNER_ROLE_REQUIRED", GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT),
            only(Action.CHANGE_SUBSCRIPTION, "ADMIN_OR_SALES_AGENT_REQUIRED", ADMIN_AGENT, SALES_AGENT),
            only(Action.CREATE_CUSTOMER, "ADMIN_AGENT_REQUIRED", ADMIN_AGENT),
            only(Action.REQUEST_RESELLER_RELATIONSHIP, "ADMIN_AGENT_REQUIRED", ADMIN_AGENT));

    /** Every action as each role, and as a user of the partner with no role. */
    static Stream<Arguments> roles() {
        return ROLES.stream().flatMap(spec -> Stream.concat(ANY.stream().map(Set::of), Stream.of(Set.<Role>of()))
                .map(held -> {
                    boolean allowed = spec.roles().isEmpty() || held.stream().anyMatch(spec.roles()::contains);
                    return Arguments.of(spec.action(), spec.side(), held, allowed ? List.of() : List.of(spec.code()));
                }));
    }

    /** The side that may act, and every reason when both the side and the role are wrong. */
    static Stream<Arguments> sides() {
        return Stream.of(
                Arguments.of(Action.CREATE_TRANSFER, Side.PROVIDER, Set.of(ADMIN_AGENT),
                        List.of("TRANSITIONING_PARTNER_REQUIRED")),
                Arguments.of(Action.CREATE_TRANSFER, null, Set.of(ADMIN_AGENT), List.of("TRANSITIONING_PARTNER_REQUIRED")),
                Arguments.of(Action.CREATE_TRANSFER, Side.PROVIDER, Set.of(SALES_AGENT),
                        List.of("ADMIN_AGENT_REQUIRED", "TRANSITIONING_PARTNER_REQUIRED")),
                Arguments.of(Action.WITHDRAW_TRANSFER, Side.PROVIDER, Set.of(ADMIN_AGENT),
                        List.of("TRANSITIONING_PARTNER_REQUIRED")),
                Arguments.of(Action.REVIEW_TRANSFER, Side.PARTNER, Set.of(ADMIN_AGENT), List.of("INDIRECT_PROVIDER_REQUIRED")),
                Arguments.of(Action.REVIEW_TRANSFER, null, Set.of(SALES_AGENT), List.of("INDIRECT_PROVIDER_REQUIRED")),
                Arguments.of(Action.VERIFY_TRANSFER, null, Set.of(ADMIN_AGENT), List.of("TRANSFER_SIDE_REQUIRED")),
                Arguments.of(Action.ANSWER_PARTNERSHIP_INVITATION, Side.PROVIDER, Set.of(GLOBAL_ADMIN),
                        List.of("INVITED_RESELLER_REQUIRED")),
                Arguments.of(Action.ANSWER_PARTNERSHIP_INVITATION, null, Set.of(GLOBAL_ADMIN),
                        List.of("INVITED_RESELLER_REQUIRED")),
                // a user holding several roles acts with any of them
                Arguments.of(Action.PLACE_ORDER, null, Set.of(GLOBAL_ADMIN, SALES_AGENT), List.of()));
    }

    @ParameterizedTest(name = "{0} from side {1} as {2}: {3}")
    @MethodSource({"roles", "sides"})
    void decides(Action action, Side side, Set<Role> roles, List<String> codes) {
        List<IneligibilityReason> reasons = engine.evaluate(WhoMayAct.CONCERN, List.of(
                new Actor("someone", "contoso", roles), new RequestedAction(action, side))).reasons();

        assertThat(reasons).extracting(IneligibilityReason::code).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(reasons).allSatisfy(r -> {
            assertThat(r.subjectId()).isEqualTo("someone");
            assertThat(r.rule()).isNotBlank();
            assertThat(r.message()).contains(action.what());
        });
    }

    @Test
    void everyActionHasARow() {
        assertThat(ROLES.stream().map(Spec::action).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(Action.values()));
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

    @Test
    void theRulesDecideNothingElse() {
        assertThat(engine.current().concerns()).containsKey(WhoMayAct.CONCERN);
        assertThat(engine.evaluate(WhoMayAct.CONCERN, List.of(new Actor("someone", "contoso", Set.of()))).reasons())
                .as("no action asked, nothing refused").isEmpty();
    }
}
