package io.quire.core.domain;

import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Names the field a JSON reading failure is about, and says what was expected there. */
public final class JsonProblems {

    /** What is said of a text that carries a NUL character, refused while reading JSON. */
    public static final String NUL_MESSAGE = "must not contain NUL (U+0000) characters";

    /** What is said of a text that carries half of a UTF-16 surrogate pair, refused while reading JSON. */
    public static final String SURROGATE_MESSAGE =
            "must not contain an unpaired UTF-16 surrogate (a \\uD800–\\uDFFF escape without its other half)";

    private static final Set<String> TEXT_MESSAGES = Set.of(NUL_MESSAGE, SURROGATE_MESSAGE);

    private JsonProblems() {}

    public static FieldProblem fieldOf(JacksonException ex) {
        String field = pathOf(ex);
        if (ex instanceof UnrecognizedPropertyException) {
            return new FieldProblem(field, "is unknown or read-only");
        }
        if (ex instanceof InvalidFormatException invalid && TEXT_MESSAGES.contains(invalid.getOriginalMessage())) {
            return new FieldProblem(field, invalid.getOriginalMessage());
        }
        if (ex instanceof MismatchedInputException mismatched) {
            return new FieldProblem(field, "must be " + describe(mismatched.getTargetType()));
        }
        return new FieldProblem(field, "is invalid");
    }

    static String pathOf(JacksonException ex) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : ex.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    public static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 timestamp such as 2026-11-28T10:15:30Z";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == java.util.UUID.class) {
            return "an id as returned by the API";
        }
        return "an object";
    }
}
