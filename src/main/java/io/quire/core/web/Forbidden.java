package io.quire.core.web;

import org.springframework.http.HttpStatus;

/** The caller is signed in but may not do this. */
public class Forbidden extends ProblemException {

    public Forbidden(String detail) {
        super(HttpStatus.FORBIDDEN, "forbidden", detail);
    }
}
