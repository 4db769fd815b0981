package io.quire.core.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of the current request. */
public final class Callers {

    private Callers() {}

    public static Caller current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth instanceof CallerAuthentication ca ? ca.getPrincipal() : Caller.ANONYMOUS;
    }
}
