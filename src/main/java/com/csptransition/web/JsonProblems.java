package com.csptransition.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * A body Jackson could not read, told in the caller's terms: which field and what JSON it should hold, or where
 * the JSON breaks. Jackson's own messages name Java classes and its feature switches.
 */
final class JsonProblems {

    private static final Set<Class<?>> INTEGERS = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, BigInteger.class);

    private JsonProblems() {
    }

    /** 400 InvalidInput listing every "field: problem". */
    static ApiException invalid(List<String> errors) {
        return ApiException.invalidInput("The request is not valid: " + String.join("; ", errors) + ".")
                .with("errors", errors);
    }

    static ApiException describe(HttpMessageNotReadableException ex) {
        // Jackson wraps what breaks inside a field with the field's path; where the JSON breaks matters more
        StreamReadException broken = null;
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException read && !(read instanceof InputCoercionException)) {
                broken = read;
            }
        }
        if (broken != null && broken.getLocation() != null) {
            JsonLocation at = broken.getLocation();
            return ApiException.invalidInput("Malformed JSON at line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + "; nothing was changed.");
        }
        if (ex.getCause() instanceof JsonMappingException mapping) {
            return invalid(List.of(field(mapping) + ": " + expected(mapping)));
        }
        return ApiException.invalidInput("The request body is missing or not readable.");
    }

    /** lineItems[0].quantity; "body" for the document itself. */
    private static String field(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
    }

    private static String expected(JsonMappingException e) {
        if (e.getCause() instanceof InputCoercionException) {
            return "the number is too large"; // an integer beyond the range of its field
        }
        Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (type == null) {
            return "not a valid value";
        }
        // the value given, when it was a string or a number: "expected an integer, not '5'"
        Object given = e instanceof InvalidFormatException invalid ? invalid.getValue() : null;
        return "expected " + json(type) + (given instanceof String text ? ", not '" + shortened(text) + "'"
                : given instanceof Number number ? ", not " + number : "");
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** The JSON a field of this Java type holds. */
    private static String json(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (INTEGERS.contains(type)) {
            return "an integer";
        }
        if (type.isPrimitive() && type != char.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == LocalDate.class) {
            return "a date such as 2021-03-01";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time such as 2021-03-01T00:00:00Z";
        }
        // our records and maps are objects; String, char, UUID and the like are strings
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.") ? "an object" : "a string";
    }
}
