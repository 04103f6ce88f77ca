package com.csptransition.rules.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One rules/scenarios/&lt;concern&gt;.md as written: the columns table (a business-words column, the fact field it
 * fills, its default) and the scenario tables (first column {@code case}), with whatever is wrong in them as
 * problems at their line. Nothing here knows the fact classes yet (see {@link CaseFacts}).
 */
record ScenarioFile(String name, String concern, Map<String, Column> columns, Outcome outcome,
        List<MarkdownTable> scenarios, List<ScenarioProblem> problems) {

    static final String CASE = "case";
    static final String REASONS = "reasons";
    static final String OUTCOME = "outcome";

    /** default null: none given. */
    record Column(String name, int line, FactField field, String defaultValue) {
    }

    /** The outcome column's two words: the one for no reason, the one for any reason. */
    record Outcome(int line, String noReason, String anyReason) {

        String of(boolean anyReason) {
            return anyReason ? this.anyReason : noReason;
        }
    }

    /** @param name as reported, e.g. scenarios/enrollment.md; the concern is the file name without .md */
    static ScenarioFile parse(String name, String text) {
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        String concern = fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
        List<ScenarioProblem> problems = new ArrayList<>();
        List<MarkdownTable> tables = MarkdownTable.parse(text);
        List<MarkdownTable> columnTables = tables.stream().filter(t -> first(t).equals("column")).toList();
        List<MarkdownTable> scenarios = tables.stream().filter(t -> first(t).equals(CASE)).toList();
        Map<String, Column> columns = new LinkedHashMap<>();
        Outcome outcome = null;
        if (columnTables.size() != 1) {
            problems.add(new ScenarioProblem(columnTables.isEmpty() ? 1 : columnTables.get(1).line(),
                    "expected one columns table, whose header is | column | fact field | default |"));
        } else {
            outcome = readColumns(columnTables.get(0), columns, problems);
        }
        if (scenarios.isEmpty()) {
            problems.add(new ScenarioProblem(1, "no scenarios table: its header starts with | case |"));
        }
        for (MarkdownTable table : scenarios) {
            checkHeader(table, columns, outcome, problems);
        }
        return new ScenarioFile(name, concern, columns, outcome, scenarios, problems);
    }

    /** A row's cells by column key (see {@link #key}); a row with more cells than its header is a problem. */
    static Map<String, String> cells(MarkdownTable table, MarkdownTable.Row row) {
        if (row.cells().size() > table.header().size()) {
            throw new ScenarioProblem(row.line(), "the row has " + row.cells().size() + " cells, its table's header "
                    + table.header().size() + " (a | inside a cell is written \\|)");
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            cells.put(key(table.header().get(i)), i < row.cells().size() ? row.cells().get(i) : "");
        }
        return cells;
    }

    /** Column names match whatever their case and spacing. */
    static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String first(MarkdownTable table) {
        return table.header().isEmpty() ? "" : key(table.header().get(0));
    }

    private static Outcome readColumns(MarkdownTable table, Map<String, Column> columns, List<ScenarioProblem> problems) {
        List<String> header = table.header().stream().map(ScenarioFile::key).toList();
        int field = header.indexOf("fact field");
        int defaults = header.indexOf("default");
        if (field < 0) {
            problems.add(new ScenarioProblem(table.line(), "the columns table needs a 'fact field' column"));
            return null;
        }
        Outcome outcome = null;
        for (MarkdownTable.Row row : table.rows()) {
            String name = cell(row, 0);
            String spec = cell(row, field);
            String defaultValue = defaults < 0 || cell(row, defaults).isEmpty() ? null : cell(row, defaults);
            String key = key(name);
            if (key.isEmpty()) {
                problems.add(new ScenarioProblem(row.line(), "a column needs a name"));
            } else if (key.equals(CASE) || key.equals(REASONS)) {
                problems.add(new ScenarioProblem(row.line(), "'" + name + "' is the scenarios' own column: do not list it"));
            } else if (key.equals(OUTCOME)) {
                String[] words = spec.split("/");
                if (words.length != 2 || words[0].isBlank() || words[1].isBlank()) {
                    problems.add(new ScenarioProblem(row.line(), "outcome: write the word for no reason and the word"
                            + " for any reason, e.g. 'eligible / not eligible'"));
                } else {
                    outcome = new Outcome(row.line(), key(words[0]), key(words[1]));
                }
            } else if (columns.containsKey(key)) {
                problems.add(new ScenarioProblem(row.line(), "column '" + name + "' is listed twice (also line "
                        + columns.get(key).line() + ")"));
            } else {
                FactField fact = FactField.parse(spec);
                if (fact == null) {
                    problems.add(new ScenarioProblem(row.line(), "column '" + name + "': '" + spec + "' is not a fact"
                            + " field; write Type.field, Type[2].field, Type[].field or Type (yes/no)"));
                } else {
                    columns.put(key, new Column(name, row.line(), fact, defaultValue));
                }
            }
        }
        return outcome;
    }

    private static void checkHeader(MarkdownTable table, Map<String, Column> columns, Outcome outcome,
            List<ScenarioProblem> problems) {
        List<String> header = table.header().stream().map(ScenarioFile::key).toList();
        if (!header.contains(REASONS)) {
            problems.add(new ScenarioProblem(table.line(), "the scenarios table needs a 'reasons' column"));
        }
        for (String name : header) {
            if (name.equals(OUTCOME) && outcome == null) {
                problems.add(new ScenarioProblem(table.line(), "column 'outcome': the columns table does not say its"
                        + " words (| outcome | eligible / not eligible |)"));
            } else if (!name.equals(CASE) && !name.equals(REASONS) && !name.equals(OUTCOME) && !columns.containsKey(name)) {
                problems.add(new ScenarioProblem(table.line(), "unknown column '" + name + "': the columns table lists "
                        + columns.values().stream().map(Column::name).toList()));
            }
        }
        if (header.stream().distinct().count() < header.size()) {
            problems.add(new ScenarioProblem(table.line(), "a column appears twice in this table"));
        }
    }

    private static String cell(MarkdownTable.Row row, int index) {
        return index < row.cells().size() ? row.cells().get(index) : "";
    }
}
