package io.quire.core.web;

import org.springframework.http.HttpStatus;

/**
 * Something this answer needs is out of reach for a while (not the client's fault, and not a
 * bug); {@link #retryAfterSeconds()} says when to try again.
 */
public class ServiceUnavailable extends ProblemException {

    private final long retryAfterSeconds;

    public ServiceUnavailable(String type, String detail, long retryAfterSeconds) {
        super(HttpStatus.SERVICE_UNAVAILABLE, type, detail);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
