package com.csptransition.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.csptransition.rules.RuleCompiler;
import com.csptransition.rules.RuleSet;
import com.csptransition.rules.RulesEngine;
import com.csptransition.rules.RulesProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The runner on small scenario files: what a failing row, a malformed file and a draft's rules report. */
class ScenarioRunnerTest {

    static final Path RULES = Path.of("rules");
    static RuleSet serving;
    static ScenarioRunner runner;

    @BeforeAll
    static void compileRules() {
        RulesProperties properties = new RulesProperties(RULES, false);
        serving = new RulesEngine(properties).current();
        runner = new ScenarioRunner(properties);
    }

    /** A partnership.md: the columns table, then the given scenarios table. */
    static String partnership(String scenarios) {
        return """
                # Partnerships

                An example table in a code fence is not read:

                ```
                | case | provider programs | reasons |
                |---|---|---|
                | not read | indirect provider | NOT_READ |
                ```

                | column | fact field | default |
                |---|---|---|
                | provider | `InvitingProvider.id` | northwind |
                | provider programs | `InvitingProvider.programs` | indirect provider |
                | reseller | `InvitedReseller.id` | contoso |
                | reseller programs | `InvitedReseller.programs` | direct bill, indirect reseller |
                | existing partnership | `ExistingPartnership.state` | |
                | outcome | may invite / refused | |

                """ + scenarios;
    }

    static ScenarioReport run(String name, String text) {
        return runner.run(serving, Map.of(name, text));
    }

    @Test
    void aRowThatPassesAndOneThatDiffersNamingFileLineCaseExpectedActualAndTheRulesThatFired() {
        ScenarioReport report = run("partnership.md", partnership("""
                | case | provider programs | existing partnership | outcome | reasons |
                |---|---|---|---|---|
                | an indirect provider invites | | | may invite | none |
                | only indirect providers invite | direct bill | | refused | RESELLER_NOT_ENROLLED |
                """));

        assertThat(report.rows()).isEqualTo(2);
        assertThat(report.passed()).isEqualTo(1);
        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.location()).isEqualTo("scenarios/partnership.md:23");
            assertThat(failure.scenario()).isEqualTo("only indirect providers invite");
            assertThat(failure.expected()).isEqualTo("RESELLER_NOT_ENROLLED");
            assertThat(failure.actual()).isEqualTo("INVITER_NOT_INDIRECT_PROVIDER on contoso");
            assertThat(failure.message()).isEqualTo(
                    "missing RESELLER_NOT_ENROLLED, unexpected INVITER_NOT_INDIRECT_PROVIDER on contoso");
            assertThat(failure.rulesFired()).containsExactly("Partnership invitations come from an indirect provider");
            assertThat(failure.describe()).startsWith(
                    "scenarios/partnership.md:23 \"only indirect providers invite\": missing RESELLER_NOT_ENROLLED");
        });
    }

    @Test
    void aSubjectAnOutcomeAndNoneAreChecked() {
        ScenarioReport report = run("partnership.md", partnership("""
                | case | existing partnership | outcome | reasons |
                |---|---|---|---|
                | right subject, any spelling | invited | refused | PARTNERSHIP_EXISTS on Contoso |
                | wrong subject | invited | refused | PARTNERSHIP_EXISTS on northwind |
                | wrong outcome | declined | refused | none |
                | none present: the fact is left out | none | may invite | none |
                | an unknown outcome word | | maybe | none |
                """));

        assertThat(report.failures()).extracting(ScenarioResult::line, ScenarioResult::message).containsExactly(
                tuple(23, "missing PARTNERSHIP_EXISTS on northwind, unexpected"
                        + " PARTNERSHIP_EXISTS on contoso"),
                tuple(24, "the outcome is 'may invite', the row says 'refused'"),
                tuple(26, "outcome 'maybe' is neither 'may invite' nor 'refused'"
                        + " (line 18)"));
    }

    @Test
    void oneFactPerValueAYesNoColumnForAWholeFactAndAnEmptyText() {
        String text = """
                | column | fact field | default |
                |---|---|---|
                | partner programs | ActingPartner.programs | indirect provider |
                | revenue | ActingPartner.trailingTwelveMonthRevenueUsd | 9000000 |
                | today | ActingPartner.today | 2026-11-24 |
                | customer acquired as | CapabilityCustomer.acquiredAs | indirect reseller |
                | asks for | RequestedCapability[].capability | create customers |
                | named reseller | NamedReseller | no |
                | named reseller's name | NamedReseller.name | "" |
                | named reseller's programs | NamedReseller.programs | indirect reseller |
                | partnered | NamedReseller.partneredWithProvider | yes |
                | customer accepted the MCA in | McaAcceptance.method | M365 admin center |

                | case | asks for | named reseller | partnered | reasons |
                |---|---|---|---|---|
                | no named reseller | | no | | none |
                | a partnered reseller | | yes | | none |
                | not partnered | | yes | no | NAMED_RESELLER_NOT_PARTNERED on CREATE_CUSTOMERS |
                | each value is a fact | create customers, create orders | yes | no | NAMED_RESELLER_NOT_PARTNERED on create customers |
                """;

        ScenarioReport report = run("customer-capabilities.md", text);

        assertThat(report.failures()).isEmpty();
        assertThat(report.rows()).isEqualTo(4);
    }

    @Test
    void aMalformedFileIsAFailureAtItsLineNotACrash() {
        assertThat(run("partnership.md", partnership("""
                | case | provider program | reasons |
                |---|---|---|
                | a row | | none |
                """)).failures()).singleElement().satisfies(f -> {
                    assertThat(f.location()).isEqualTo("scenarios/partnership.md:20");
                    assertThat(f.scenario()).isNull();
                    assertThat(f.message()).startsWith("unknown column 'provider program': the columns table lists"
                            + " [provider, provider programs, reseller, reseller programs, existing partnership]");
                });

        assertThat(problems("partnership.md", """
                | column | fact field | default |
                |---|---|---|
                | provider | InvitingPartner.id | northwind |
                | reseller | InvitedReseller.identifier | contoso |
                | programs | InvitedReseller.programs | direct bill, indrect reseller |
                | state | ExistingPartnership.state | open |
                | broken | 12.x | |
                | programs | InvitingProvider.programs | |

                | case | reasons |
                |---|---|
                | a row | none |
                """)).containsExactly(
                "scenarios/partnership.md:3: column 'provider': the rules of concern 'partnership' (partnership.drl)"
                        + " know no fact type InvitingPartner",
                "scenarios/partnership.md:4: column 'reseller': InvitedReseller has no field 'identifier'; its"
                        + " fields: [id, name, programs]",
                "scenarios/partnership.md:5: column 'programs': 'indrect reseller' is not one of [DIRECT_BILL,"
                        + " INDIRECT_RESELLER, INDIRECT_PROVIDER]",
                "scenarios/partnership.md:6: column 'state': 'open' is not one of [INVITED, ACCEPTED, DECLINED,"
                        + " EXPIRED]",
                "scenarios/partnership.md:7: column 'broken': '12.x' is not a fact field; write Type.field,"
                        + " Type[2].field, Type[].field or Type (yes/no)",
                "scenarios/partnership.md:8: column 'programs' is listed twice (also line 5)");

        assertThat(problems("direct-bill-requirements.md", """
                | column | fact field | default |
                |---|---|---|
                | restricted | DirectBillRestricted.reason | |

                | case | reasons |
                |---|---|
                | a row | none |
                """)).containsExactly("scenarios/direct-bill-requirements.md:3: column 'restricted':"
                + " DirectBillRestricted is declared in the DRL: the rules insert it themselves");

        assertThat(problems("who-knows.md", partnership("| case | reasons |\n|---|---|\n| a row | none |\n")))
                .singleElement().asString().startsWith("scenarios/who-knows.md:1: no concern 'who-knows' in concerns.yaml");
        assertThat(problems("partnership.md", "# Nothing yet\n")).containsExactly(
                "scenarios/partnership.md:1: expected one columns table, whose header is | column | fact field | default |",
                "scenarios/partnership.md:1: no scenarios table: its header starts with | case |");
    }

    @Test
    void aMalformedRowFailsAtItsLineAndTheOthersRun() {
        ScenarioReport report = run("partnership.md", partnership("""
                | case | reseller programs | existing partnership | reasons |
                |---|---|---|---|
                | a bad value | direct bill | opened | none |
                | no reasons | | | |
                | a code in lower case | | | partnership exists |
                | one cell too many | | | none | extra |
                | | | | none |
                | a good row | | | none |
                """));

        assertThat(report.rows()).isEqualTo(6);
        assertThat(report.passed()).isEqualTo(1);
        assertThat(report.failures()).extracting(ScenarioResult::describe).containsExactly(
                "scenarios/partnership.md:22 \"a bad value\": column 'existing partnership': 'opened' is not one of"
                        + " [INVITED, ACCEPTED, DECLINED, EXPIRED]",
                "scenarios/partnership.md:23 \"no reasons\": reasons is empty: write the codes the rules must give,"
                        + " or none",
                "scenarios/partnership.md:24 \"a code in lower case\": reasons: 'partnership exists' is not a reason"
                        + " code (UPPER_CASE) nor 'CODE on subject'",
                "scenarios/partnership.md:25: the row has 5 cells, its table's header 4 (a | inside a cell is written \\|)",
                "scenarios/partnership.md:26: the case is empty: say which case of the guide this row is");
    }

    /** A number or yes/no field is never none: no silent 0 or no. An optional number (a boxed one) may be. */
    @Test
    void aNumberOrYesNoFieldWithoutAValueIsAnErrorAtItsLine() {
        String columns = """
                | column | fact field | default |
                |---|---|---|
                | change | RequestedChange.kind | quantity |
                | license count | RequestedChange.quantity | |
                | new license count | RequestedChange.newQuantity | |
                | held by | HeldByTransfer.transferId | none |
                | held subscription | HeldByTransfer.subscriptionId | sub-1 |

                """;
        ScenarioReport report = run("subscription-changes.md", columns + """
                | case | license count | new license count | held by | reasons |
                |---|---|---|---|---|
                | a license count | 60 | 70 | | none |
                | a suspension has no new license count | 60 | none | | none |
                | none | none | 70 | | none |
                | an empty text | "" | 70 | | none |
                | empty, without a default | | 70 | | none |
                | a fact whose number no column gives | 60 | 70 | transfer-1 | none |
                """);

        assertThat(report.passed()).isEqualTo(2);
        assertThat(report.failures()).extracting(f -> f.line() + ": " + f.message()).containsExactly(
                "13: column 'license count': 'none' is not a number",
                "14: column 'license count': '\"\"' is not a number",
                "15: column 'license count': empty, and the columns table gives no default: write a number",
                "16: HeldByTransfer.quantity is a number and no column gives it: add it to the columns table, with a"
                        + " default");

        assertThat(problems("relationship-extension.md", """
                | column | fact field | default |
                |---|---|---|
                | customer | ExtendedCustomer.id | tailspin |
                | consent | ExtendedCustomer.customerConsent | none |

                | case | reasons |
                |---|---|
                | a row | none |
                """)).containsExactly("scenarios/relationship-extension.md:4: column 'consent': 'none' is not yes or no");
    }

    /** What the what-if endpoint does: the same files against a draft; the serving rules are not touched. */
    @Test
    void runsTheScenarioFilesAgainstADraftRuleSet() {
        Map<String, String> sources = new TreeMap<>(serving.sources());
        sources.put("transfer-eligibility.drl", sources.get("transfer-eligibility.drl")
                .replace("status != SubscriptionStatus.ACTIVE", "status == SubscriptionStatus.TRANSFERRED"));
        RuleSet draft = new RuleCompiler().compile(sources, serving, "what-if");
        Map<String, String> files = ScenarioRunner.read(RULES.resolve(ScenarioRunner.FOLDER));

        ScenarioReport report = runner.run(draft, files);

        assertThat(report.rulesVersion()).isEqualTo(draft.version()).isNotEqualTo(serving.version());
        assertThat(report.failures()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.file()).isEqualTo("scenarios/transfer-eligibility.md");
            assertThat(f.expected()).contains("SUBSCRIPTION_NOT_ACTIVE");
            assertThat(f.message()).contains("missing SUBSCRIPTION_NOT_ACTIVE");
        });
        assertThat(runner.run(serving).failed()).isZero();
    }

    @Test
    void theReportAsJsonHasTheCountsAndTheFailures() throws Exception {
        ScenarioReport report = run("partnership.md", partnership("""
                | case | provider programs | reasons |
                |---|---|---|
                | passes | | none |
                | fails | direct bill | none |
                """));

        JsonNode json = new ObjectMapper().valueToTree(report);

        assertThat(json.get("rows").asInt()).isEqualTo(2);
        assertThat(json.get("passed").asInt()).isEqualTo(1);
        assertThat(json.get("failed").asInt()).isEqualTo(1);
        assertThat(json.has("results")).isFalse();
        assertThat(json.get("concernsWithoutScenarios")).hasSizeGreaterThan(1);
        JsonNode failure = json.get("failures").get(0);
        assertThat(failure.get("file").asText()).isEqualTo("scenarios/partnership.md");
        assertThat(failure.get("line").asInt()).isEqualTo(23);
        assertThat(failure.get("case").asText()).isEqualTo("fails");
        assertThat(failure.get("expected").asText()).isEqualTo("none");
        assertThat(failure.get("actual").asText()).isEqualTo("INVITER_NOT_INDIRECT_PROVIDER on contoso");
        assertThat(failure.get("rulesFired")).hasSize(1);
        assertThat(failure.get("message").asText()).isEqualTo("unexpected INVITER_NOT_INDIRECT_PROVIDER on contoso");
    }

    static List<String> problems(String name, String text) {
        return run(name, text).failures().stream().map(f -> f.location() + ": " + f.message()).toList();
    }
}
