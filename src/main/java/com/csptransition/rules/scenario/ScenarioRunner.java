package com.csptransition.rules.scenario;

import com.csptransition.rules.Evaluation;
import com.csptransition.rules.RuleSet;
import com.csptransition.rules.RulesProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Runs the analysts' scenario files, rules/scenarios/&lt;concern&gt;.md, against any rules: the serving ones, or a
 * draft compiled for a what-if. Each row's facts go to {@link RuleSet#evaluate}, and the reasons that come back
 * are compared with the row's. Nothing in a file stops the run: a malformed file or row is a failure at its line.
 */
@Component
public class ScenarioRunner {

    /** The scenario files' folder, inside the rules folder. */
    public static final String FOLDER = "scenarios";

    private final Path rulesDirectory;

    public ScenarioRunner(RulesProperties properties) {
        this.rulesDirectory = properties.directory();
    }

    /** Runs the scenario files of the rules folder, as they are on disk now. */
    public ScenarioReport run(RuleSet rules) {
        return run(rules, read(rulesDirectory.resolve(FOLDER)));
    }

    /** Runs these scenario files (name, e.g. enrollment.md, to text), e.g. the folder's with a draft's over them. */
    public ScenarioReport run(RuleSet rules, Map<String, String> files) {
        List<ScenarioResult> results = new ArrayList<>();
        new TreeMap<>(files).forEach((name, text) -> results.addAll(runFile(rules, FOLDER + "/" + name, text)));
        Set<String> tested = files.keySet().stream().map(n -> n.replaceFirst("\\.md$", "")).collect(Collectors.toSet());
        List<String> untested = rules.filesByConcern().keySet().stream().filter(c -> !tested.contains(c)).sorted().toList();
        return new ScenarioReport(rules.version(), List.copyOf(results), untested);
    }

    /** The .md files of a scenarios folder by name (a README.md there is for people); none if there is no folder. */
    public static Map<String, String> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Map.of();
        }
        try (Stream<Path> paths = Files.list(folder)) {
            Map<String, String> files = new TreeMap<>();
            for (Path path : paths.filter(p -> p.toString().endsWith(".md")).toList()) {
                String name = path.getFileName().toString();
                if (!name.equalsIgnoreCase("README.md")) {
                    files.put(name, Files.readString(path, StandardCharsets.UTF_8));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenarios from " + folder.toAbsolutePath(), e);
        }
    }

    private static List<ScenarioResult> runFile(RuleSet rules, String name, String text) {
        ScenarioFile file = ScenarioFile.parse(name, text);
        List<ScenarioProblem> problems = new ArrayList<>(file.problems());
        CaseFacts facts = null;
        try {
            facts = CaseFacts.bind(file, FactTypes.of(rules, file.concern()), problems);
        } catch (ScenarioProblem problem) {
            problems.add(problem);
        }
        if (!problems.isEmpty()) { // every problem of the file at once, its rows not run
            return problems.stream().sorted(Comparator.comparingInt(ScenarioProblem::line))
                    .map(p -> ScenarioResult.problem(name, p)).toList();
        }
        List<ScenarioResult> results = new ArrayList<>();
        for (MarkdownTable table : file.scenarios()) {
            for (MarkdownTable.Row row : table.rows()) {
                results.add(runRow(rules, file, facts, table, row));
            }
        }
        return results;
    }

    private static ScenarioResult runRow(RuleSet rules, ScenarioFile file, CaseFacts caseFacts, MarkdownTable table,
            MarkdownTable.Row row) {
        String scenario = null;
        try {
            Map<String, String> cells = ScenarioFile.cells(table, row);
            scenario = cells.getOrDefault(ScenarioFile.CASE, "");
            if (scenario.isEmpty()) {
                scenario = null;
                throw new ScenarioProblem(row.line(), "the case is empty: say which case of the guide this row is");
            }
            ExpectedReasons expected;
            try {
                expected = ExpectedReasons.parse(cells.get(ScenarioFile.REASONS));
            } catch (IllegalArgumentException e) {
                throw new ScenarioProblem(row.line(), e.getMessage());
            }
            List<Object> facts = caseFacts.build(cells, row.line());
            Evaluation evaluation;
            try {
                evaluation = rules.evaluate(file.concern(), facts);
            } catch (RuntimeException e) {
                throw new ScenarioProblem(row.line(), "the rules failed on these facts: " + e + " (facts: " + facts + ")");
            }
            List<String> failures = new ArrayList<>();
            ExpectedReasons.Difference difference = expected.compare(evaluation.reasons());
            if (!difference.missing().isEmpty()) {
                failures.add("missing " + difference.missing().stream().map(Object::toString)
                        .collect(Collectors.joining("; ")));
            }
            if (!difference.unexpected().isEmpty()) {
                failures.add("unexpected " + ExpectedReasons.describe(difference.unexpected()));
            }
            String outcome = cells.getOrDefault(ScenarioFile.OUTCOME, "");
            if (!outcome.isEmpty()) {
                String word = ScenarioFile.key(outcome);
                ScenarioFile.Outcome words = file.outcome();
                if (!word.equals(words.noReason()) && !word.equals(words.anyReason())) {
                    throw new ScenarioProblem(row.line(), "outcome '" + outcome + "' is neither '" + words.noReason()
                            + "' nor '" + words.anyReason() + "' (line " + words.line() + ")");
                }
                String actual = words.of(!evaluation.reasons().isEmpty());
                if (!word.equals(actual)) {
                    failures.add("the outcome is '" + actual + "', the row says '" + word + "'");
                }
            }
            return new ScenarioResult(file.name(), row.line(), scenario, failures.isEmpty(), expected.toString(),
                    ExpectedReasons.describe(evaluation.reasons()), evaluation.rulesFired(),
                    failures.isEmpty() ? null : String.join(", ", failures));
        } catch (ScenarioProblem problem) {
            return new ScenarioResult(file.name(), problem.line(), scenario, false, null, null, null,
                    problem.getMessage());
        }
    }
}
