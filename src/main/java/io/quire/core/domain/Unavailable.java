package io.quire.core.domain;

import java.util.List;

/**
 * Something the answer needs is out of reach for a while (not the client's fault, and not a bug);
 * {@link #retryAfterSeconds()} says when to try again.
 */
public class Unavailable extends DomainException {

    private final long retryAfterSeconds;

    public Unavailable(String code, String detail, long retryAfterSeconds) {
        super(code, detail, List.of());
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
