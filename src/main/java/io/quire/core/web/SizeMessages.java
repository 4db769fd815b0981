package io.quire.core.web;

import org.springframework.validation.FieldError;

/** A size limit said in the unit a person counts: characters for a text, items for a list. */
final class SizeMessages {

    private SizeMessages() {}

    /** The message of a field error; for {@code @Size}, in characters or items with its bounds. */
    static String of(FieldError error) {
        Object[] args = error.getArguments();
        if (!"Size".equals(error.getCode()) || args == null || args.length < 3) {
            return error.getDefaultMessage();
        }
        // Bean Validation passes the constraint's attributes sorted by name: max, then min.
        long max = ((Number) args[1]).longValue();
        long min = ((Number) args[2]).longValue();
        String unit = error.getRejectedValue() instanceof CharSequence ? "characters" : "items";
        if (min <= 0) {
            return "must be at most " + max + " " + unit;
        }
        if (max == Integer.MAX_VALUE) {
            return "must be at least " + min + " " + unit;
        }
        return "must be between " + min + " and " + max + " " + unit;
    }
}
