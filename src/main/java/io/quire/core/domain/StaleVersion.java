package io.quire.core.domain;

import java.util.List;

/** The caller's copy is stale: someone else changed the resource since it was read. */
public class StaleVersion extends DomainException {

    public StaleVersion(String detail) {
        super("stale", detail, List.of());
    }
}
