package io.quire.core.domain;

import java.util.List;

/** The thing asked for is absent, or not visible to this caller. */
public class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        super("not-found", what + " " + id + " was not found.", List.of());
    }
}
