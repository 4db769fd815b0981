package io.quire.core.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: a signed-in user with their roles, or {@link #ANONYMOUS}. Services take
 * the caller as an argument, so every rule about who may do what is visible in their code.
 */
public record Caller(UUID id, String username, Set<Role> roles) {

    public static final Caller ANONYMOUS = new Caller(null, null, Set.of());

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean isAnonymous() {
        return id == null;
    }

    public boolean has(Role role) {
        return roles.stream().anyMatch(r -> r.includes(role));
    }

    public boolean isEditor() {
        return has(Role.EDITOR);
    }

    public boolean is(UUID userId) {
        return id != null && id.equals(userId);
    }
}
