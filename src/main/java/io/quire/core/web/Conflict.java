package io.quire.core.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/** The request clashes with the current state, e.g. a duplicate slug or name. */
public class Conflict extends ProblemException {

    public Conflict(String type, String detail, String field) {
        super(HttpStatus.CONFLICT, type, detail, field == null ? List.of() : List.of(new FieldProblem(field, detail)));
    }
}
