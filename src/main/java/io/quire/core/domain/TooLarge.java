package io.quire.core.domain;

import java.util.List;

/** The content sent is larger than accepted; subclasses say what and how large. */
public abstract class TooLarge extends DomainException {

    protected TooLarge(String code, String detail, List<FieldProblem> errors) {
        super(code, detail, errors);
    }
}
