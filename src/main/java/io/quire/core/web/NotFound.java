package io.quire.core.web;

import org.springframework.http.HttpStatus;

/** The resource is absent, or not visible to this caller. */
public class NotFound extends ProblemException {

    public NotFound(String what, Object id) {
        super(HttpStatus.NOT_FOUND, "not-found", what + " " + id + " was not found.");
    }
}
