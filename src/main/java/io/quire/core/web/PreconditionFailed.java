package io.quire.core.web;

import org.springframework.http.HttpStatus;

/** The caller's copy is stale: someone else changed the resource since it was read. */
public class PreconditionFailed extends ProblemException {

    public PreconditionFailed(String detail) {
        super(HttpStatus.PRECONDITION_FAILED, "stale", detail);
    }
}
