package io.quire.core.domain;

import java.util.List;

/** The caller could not be told who they are; subclasses say why. */
public abstract class Unauthenticated extends DomainException {

    protected Unauthenticated(String code, String detail) {
        super(code, detail, List.of());
    }
}
