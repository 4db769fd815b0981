package io.quire.core.domain;

import java.util.List;

/** Input that is well-formed but breaks a rule, naming the broken fields. */
public class InvalidInput extends DomainException {

    public InvalidInput(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public InvalidInput(List<FieldProblem> errors) {
        super("validation", "The request has invalid fields.", errors);
    }

    /** Invalid input with a name of its own, such as {@code invalid-image} or {@code not-xml} for an uploaded file. */
    protected InvalidInput(String code, String detail, List<FieldProblem> errors) {
        super(code, detail, errors);
    }
}
