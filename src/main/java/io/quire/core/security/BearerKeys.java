package io.quire.core.security;

import org.springframework.security.core.AuthenticationException;

/**
 * Bearer credentials that are not access tokens: API keys, told apart from access tokens (JWTs)
 * by their prefix. The module that issues them implements this; the security chain asks it about
 * every bearer credential that {@link #recognizes} as one of its own.
 */
public interface BearerKeys {

    /** Whether this credential has the form of a key (checked before any lookup). */
    boolean recognizes(String credential);

    /**
     * The caller the key belongs to.
     *
     * @throws AuthenticationException for a malformed, unknown or revoked key, the same for all three
     */
    Caller authenticate(String key);
}
