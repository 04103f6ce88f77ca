package com.csptransition.rules.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A table of a Markdown file as GitHub draws it: header cells and rows, each with its line (1-based). */
record MarkdownTable(int line, List<String> header, List<Row> rows) {

    record Row(int line, List<String> cells) {
    }

    private static final Pattern SEPARATOR = Pattern.compile("\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?");

    /** Every table outside code fences (an intro may show an example table in one). */
    static List<MarkdownTable> parse(String text) {
        List<String> lines = text.lines().toList();
        List<MarkdownTable> tables = new ArrayList<>();
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("```") || line.startsWith("~~~")) {
                fenced = !fenced;
            } else if (!fenced && line.startsWith("|") && i + 1 < lines.size()
                    && SEPARATOR.matcher(lines.get(i + 1).strip()).matches()) {
                List<Row> rows = new ArrayList<>();
                int next = i + 2;
                for (; next < lines.size() && lines.get(next).strip().startsWith("|"); next++) {
                    rows.add(new Row(next + 1, cells(lines.get(next).strip())));
                }
                tables.add(new MarkdownTable(i + 1, cells(line), rows));
                i = next - 1;
            }
        }
        return tables;
    }

    /** The cells between unescaped pipes, trimmed, a cell's surrounding backticks dropped. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '\\' && k + 1 < line.length() && line.charAt(k + 1) == '|') {
                cell.append('|');
                k++;
            } else if (c == '|') {
                cells.add(clean(cell));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(clean(cell));
        // the outer pipes of "| a | b |" leave an empty first and last cell
        cells.remove(0);
        if (line.endsWith("|") && !line.endsWith("\\|") && !cells.isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private static String clean(CharSequence cell) {
        String text = cell.toString().strip();
        return text.length() >= 2 && text.startsWith("`") && text.endsWith("`")
                ? text.substring(1, text.length() - 1).strip() : text;
    }
}
