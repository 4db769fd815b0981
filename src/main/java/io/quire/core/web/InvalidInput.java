package io.quire.core.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/** Input that is well-formed JSON but breaks a rule, naming the broken fields. */
public class InvalidInput extends ProblemException {

    public InvalidInput(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public InvalidInput(List<FieldProblem> errors) {
        super(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields.", errors);
    }
}
