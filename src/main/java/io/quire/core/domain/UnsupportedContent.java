package io.quire.core.domain;

import java.util.List;

/** The content sent is of a kind this operation does not take (a file type, a format); subclasses say which. */
public abstract class UnsupportedContent extends DomainException {

    protected UnsupportedContent(String code, String detail, List<FieldProblem> errors) {
        super(code, detail, errors);
    }
}
