package io.quire.core.web;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.FieldError;

/** A size limit said in the unit a person counts: characters for a text, items for a list. */
final class SizeMessages {

    private SizeMessages() {}

    /** The message of a body field's error; for {@code @Size}, in characters or items with its bounds. */
    static String of(FieldError error) {
        return of(error, error.getRejectedValue());
    }

    /**
     * The message of a constraint error on a value (a body field, or a query parameter of a method checked by method
     * validation); for {@code @Size}, in characters or items with its bounds.
     */
    static String of(MessageSourceResolvable error, Object rejected) {
        String[] codes = error.getCodes();
        Object[] args = error.getArguments();
        // The last code is the constraint's simple name, the same for body fields and parameters.
        boolean size = codes != null && codes.length > 0 && "Size".equals(codes[codes.length - 1]);
        if (!size || args == null || args.length < 3) {
            return error.getDefaultMessage();
        }
        // Bean Validation passes the constraint's attributes sorted by name: max, then min.
        long max = ((Number) args[1]).longValue();
        long min = ((Number) args[2]).longValue();
        String unit = rejected instanceof CharSequence ? "characters" : "items";
        if (min <= 0) {
            return "must be at most " + max + " " + unit;
        }
        if (max == Integer.MAX_VALUE) {
            return "must be at least " + min + " " + unit;
        }
        return "must be between " + min + " and " + max + " " + unit;
    }
}
