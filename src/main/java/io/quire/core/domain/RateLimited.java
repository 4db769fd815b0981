package io.quire.core.domain;

import java.util.List;

/** A per-client limit was hit; {@link #retryAfterSeconds()} says when to come back. */
public class RateLimited extends DomainException {

    private final long retryAfterSeconds;

    public RateLimited(String detail, long retryAfterSeconds) {
        super("rate-limited", detail, List.of());
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
