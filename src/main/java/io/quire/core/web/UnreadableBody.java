package io.quire.core.web;

import io.quire.core.domain.FieldProblem;
import io.quire.core.domain.JsonProblems;
import java.util.List;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Why a request body could not be read, as a problem says it: a detail and the fields at fault. */
record UnreadableBody(String detail, List<FieldProblem> errors) {

    static UnreadableBody of(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof UnrecognizedPropertyException
                || cause instanceof MismatchedInputException mismatched
                        && !mismatched.getPath().isEmpty()) {
            return new UnreadableBody(
                    "The request body has a property that cannot be set or a value of the wrong type.",
                    List.of(JsonProblems.fieldOf((JacksonException) cause)));
        } else if (cause instanceof MismatchedInputException) {
            return new UnreadableBody("The request body must be a JSON object.", List.of());
        } else if (cause instanceof StreamReadException broken) {
            return new UnreadableBody(notWellFormed(broken), List.of());
        } else if (cause instanceof JacksonException jackson
                && !jackson.getPath().isEmpty()) {
            return new UnreadableBody("The request body could not be read.", List.of(JsonProblems.fieldOf(jackson)));
        } else if (cause == null || ex.getMessage() != null && ex.getMessage().startsWith("Required request body")) {
            return new UnreadableBody("The request body is missing.", List.of());
        }
        return new UnreadableBody("The request body could not be read.", List.of());
    }

    /** Where the JSON breaks, and the one mistake people make most when typing it by hand. */
    private static String notWellFormed(StreamReadException broken) {
        StringBuilder detail = new StringBuilder("The request body is not well-formed JSON");
        if (broken.getLocation() != null && broken.getLocation().getLineNr() > 0) {
            detail.append(" at line ")
                    .append(broken.getLocation().getLineNr())
                    .append(", column ")
                    .append(broken.getLocation().getColumnNr());
        }
        return detail.append(". A line break inside a text is written \\n, a quote as \\\", a backslash as \\\\.")
                .toString();
    }
}
