package com.csptransition.rules.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a column of a scenario file fills in: {@code Type.field} (the first fact of that type), {@code Type[2].field}
 * (a second one), {@code Type[].field} (one fact per comma-separated value), or {@code Type} / {@code Type[2]} alone
 * (yes/no: is that fact in the case).
 */
record FactField(String type, int index, String field) {

    /** The index of {@code Type[].field}: one fact per value. */
    static final int EACH = 0;

    private static final Pattern SPEC = Pattern.compile(
            "(?<type>[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*?)(?:\\[(?<index>\\d*)])?(?:\\.(?<field>[a-z_][\\w]*))?");

    /** null: not a fact field. */
    static FactField parse(String spec) {
        Matcher m = SPEC.matcher(spec.strip());
        if (!m.matches()) {
            return null;
        }
        String index = m.group("index");
        int n = index == null ? 1 : index.isEmpty() ? EACH : Integer.parseInt(index);
        String field = m.group("field");
        if ((index != null && !index.isEmpty() && n < 1) || (n == EACH && field == null)) {
            return null;
        }
        return new FactField(m.group("type"), n, field);
    }

    boolean presence() {
        return field == null;
    }

    boolean each() {
        return index == EACH;
    }
}
