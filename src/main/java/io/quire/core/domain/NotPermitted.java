package io.quire.core.domain;

import java.util.List;

/** The caller is known but may not do this. */
public class NotPermitted extends DomainException {

    public NotPermitted(String detail) {
        this("forbidden", detail);
    }

    /** A refusal with a name of its own, such as {@code comments-closed}. */
    protected NotPermitted(String code, String detail) {
        super(code, detail, List.of());
    }
}
