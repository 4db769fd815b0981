package io.quire.core.domain;

import java.util.List;

/** The request clashes with the current state; subclasses say how ({@link SlugTaken}, ...). */
public abstract class Conflict extends DomainException {

    /** @param field the request field the clash is about, or null */
    protected Conflict(String code, String detail, String field) {
        super(code, detail, field == null ? List.of() : List.of(new FieldProblem(field, detail)));
    }
}
