package com.csptransition.rules.scenario;

import com.csptransition.rules.scenario.ScenarioFile.Column;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.RecordComponent;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A scenario file's columns bound to the concern's fact records, and the facts of one row built from them.
 *
 * <p>A cell: empty takes the column's default (none given: no value); {@code none} is no value (an empty list for
 * a list or set); a text in quotes is that text as written ({@code ""} an empty one, {@code " "} a space); several
 * values are comma-separated; yes/no for yes/no fields; enum names in any case, with spaces for underscores; dates
 * as 2021-01-31. Jackson turns the values into the record; a number or yes/no field is never none nor empty.
 *
 * <p>Whether a fact is in the case: its yes/no column ({@code Type}, {@code Type[2]}) says so if it has one;
 * otherwise its first column in the columns table does: a value there puts it in, none leaves it out.
 */
final class CaseFacts {

    /** Never a silent 0 or no: null (none, or no value) for a number or yes/no field, "" for anything but a text. */
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .build();
    private static final String NONE = "none";

    /** One fact of a case: its record type and which one of that type. */
    private record Fact(Class<?> type, int index) {

        String written() {
            return type.getSimpleName() + (index == 1 ? "" : "[" + index + "]");
        }
    }

    /** A column bound to its record and component (component null: a yes/no column). */
    private record Bound(Column column, Class<?> type, RecordComponent component) {

        Fact fact() {
            return new Fact(type, column.field().index());
        }

        /** The field's value for a cell's text (for Type[].field: one of the values). */
        Object value(String raw) {
            JavaType type = JSON.constructType(component.getGenericType());
            if (raw.equalsIgnoreCase(NONE)) { // Jackson refuses it for a number or yes/no field
                return type.isCollectionLikeType() || type.isArrayType() ? List.of() : convert(null, type, raw);
            }
            if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) { // a text as written: "", " "
                return convert(raw.substring(1, raw.length() - 1), type, raw);
            }
            if ((type.isCollectionLikeType() || type.isArrayType()) && !column.field().each()) {
                List<Object> elements = new ArrayList<>();
                for (String element : split(raw)) {
                    elements.add(scalar(element, type.getContentType()));
                }
                return convert(elements, type, raw);
            }
            return convert(scalar(raw, type), type, raw);
        }
    }

    private final List<Bound> columns;

    private CaseFacts(List<Bound> columns) {
        this.columns = columns;
    }

    /** Resolves every column's record and field and checks every default; what is wrong goes to problems. */
    static CaseFacts bind(ScenarioFile file, FactTypes types, List<ScenarioProblem> problems) {
        List<Bound> bound = new ArrayList<>();
        for (Column column : file.columns().values()) {
            FactField field = column.field();
            try {
                Class<?> type = types.resolve(field.type());
                RecordComponent component = null;
                if (!field.presence()) {
                    component = Arrays.stream(type.getRecordComponents()).filter(c -> c.getName().equals(field.field()))
                            .findFirst().orElseThrow(() -> new IllegalArgumentException(type.getSimpleName()
                                    + " has no field '" + field.field() + "'; its fields: " + Arrays.stream(
                                    type.getRecordComponents()).map(RecordComponent::getName).toList()));
                }
                Bound b = new Bound(column, type, component);
                if (column.defaultValue() != null) {
                    check(b, column.defaultValue());
                }
                bound.add(b);
            } catch (IllegalArgumentException e) {
                problems.add(new ScenarioProblem(column.line(), "column '" + column.name() + "': " + e.getMessage()));
            }
        }
        return new CaseFacts(bound);
    }

    /**
     * The facts of one row, in the order the columns table names them.
     *
     * @param cells the row's cells by column key; a column its table does not show takes its default
     */
    List<Object> build(Map<String, String> cells, int line) {
        Map<Fact, Map<String, Object>> fields = new LinkedHashMap<>();
        Map<Fact, Boolean> present = new LinkedHashMap<>();
        Map<Fact, Boolean> saidYesOrNo = new LinkedHashMap<>();
        List<Object> eachFacts = new ArrayList<>();
        for (Bound b : columns) {
            String raw = cells.getOrDefault(ScenarioFile.key(b.column().name()), "");
            if (raw.isEmpty()) {
                raw = b.column().defaultValue();
            }
            Fact fact = b.fact();
            try {
                if (b.column().field().each()) {
                    if (raw != null && !raw.equalsIgnoreCase(NONE)) {
                        for (String value : split(raw)) {
                            eachFacts.add(record(b.type(), Map.of(b.component().getName(), b.value(value))));
                        }
                    }
                } else if (b.component() == null) {
                    saidYesOrNo.put(fact, raw != null && yesOrNo(raw));
                } else {
                    present.putIfAbsent(fact, raw != null && !raw.equalsIgnoreCase(NONE)); // its first column
                    Map<String, Object> values = fields.computeIfAbsent(fact, f -> new LinkedHashMap<>());
                    if (raw != null) {
                        values.put(b.component().getName(), b.value(raw));
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new ScenarioProblem(line, "column '" + b.column().name() + "': " + e.getMessage());
            }
        }
        present.putAll(saidYesOrNo);
        List<Object> facts = new ArrayList<>();
        present.forEach((fact, in) -> {
            if (in) {
                try {
                    facts.add(record(fact.type(), fields.getOrDefault(fact, Map.of())));
                } catch (IllegalArgumentException e) {
                    throw new ScenarioProblem(line, whyNot(fact, e));
                }
            }
        });
        facts.addAll(eachFacts);
        return facts;
    }

    /** Jackson refused the fact: for a number or yes/no field left without a value, say which column. */
    private String whyNot(Fact fact, IllegalArgumentException e) {
        if (e.getCause() instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            String field = m.getPath().get(m.getPath().size() - 1).getFieldName();
            RecordComponent component = Arrays.stream(fact.type().getRecordComponents())
                    .filter(c -> c.getName().equals(field)).findFirst().orElse(null);
            if (component != null) {
                String needs = describe(JSON.constructType(component.getGenericType()));
                for (Bound b : columns) {
                    if (b.fact().equals(fact) && b.component() != null && b.component().getName().equals(field)) {
                        return "column '" + b.column().name() + "': empty, and the columns table gives no default:"
                                + " write " + needs;
                    }
                }
                return fact.written() + "." + field + " is " + needs + " and no column gives it: add it to the columns"
                        + " table, with a default";
            }
        }
        return fact.written() + ": " + e.getMessage();
    }

    private static void check(Bound b, String raw) {
        if (b.component() == null) {
            yesOrNo(raw);
        } else if (b.column().field().each()) {
            split(raw).forEach(b::value);
        } else {
            b.value(raw);
        }
    }

    /** Fields left out are null, or an empty list or set (rules test "programs not contains ..."). */
    private static Object record(Class<?> type, Map<String, Object> given) {
        Map<String, Object> values = new LinkedHashMap<>(given);
        for (RecordComponent c : type.getRecordComponents()) {
            if (values.get(c.getName()) == null && JSON.constructType(c.getGenericType()).isCollectionLikeType()) {
                values.put(c.getName(), List.of());
            }
        }
        return JSON.convertValue(values, type);
    }

    /** A cell's text as JSON would carry it: yes/no as a boolean, an enum by its constant's name. */
    private static Object scalar(String raw, JavaType type) {
        Class<?> c = type.getRawClass();
        if (c == boolean.class || c == Boolean.class) {
            return yesOrNo(raw);
        }
        if (c.isEnum()) {
            String name = raw.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            for (Object constant : c.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return name;
                }
            }
            throw new IllegalArgumentException("'" + raw + "' is not one of " + Arrays.stream(c.getEnumConstants())
                    .map(e -> ((Enum<?>) e).name()).toList());
        }
        return raw.strip();
    }

    private static Object convert(Object value, JavaType type, String raw) {
        try {
            return JSON.convertValue(value, type);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + raw + "' is not " + describe(type));
        }
    }

    private static String describe(JavaType type) {
        if (type.isCollectionLikeType() || type.isArrayType()) {
            return "a comma-separated list of " + describe(type.getContentType());
        }
        Class<?> c = type.getRawClass();
        if (Temporal.class.isAssignableFrom(c)) {
            return "a date like 2021-01-31";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "yes or no";
        }
        if (c.isPrimitive() || Number.class.isAssignableFrom(c)) {
            return "a number";
        }
        return "a " + c.getSimpleName();
    }

    private static List<String> split(String raw) {
        return Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean yesOrNo(String raw) {
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> true;
            case "no", "false", NONE -> false;
            default -> throw new IllegalArgumentException("'" + raw + "' is not yes or no");
        };
    }
}
