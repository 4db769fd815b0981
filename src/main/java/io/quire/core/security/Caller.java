package io.quire.core.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling: a signed-in user with their roles, a site with an API key ({@link #key()}), or
 * {@link #ANONYMOUS}. Services take the caller as an argument, so every rule about who may do what
 * is visible in their code. A {@code content} key reads as the public does, so it counts as
 * anonymous; a {@code preview} key reads unpublished articles too, and no key holds a role.
 */
public record Caller(UUID id, String username, Set<Role> roles, KeyScope key) {

    public static final Caller ANONYMOUS = new Caller(null, null, Set.of(), null);

    public Caller {
        roles = Set.copyOf(roles);
    }

    public Caller(UUID id, String username, Set<Role> roles) {
        this(id, username, roles, null);
    }

    /** A site calling with an API key of this scope. */
    public static Caller withKey(KeyScope scope) {
        return new Caller(null, null, Set.of(), scope);
    }

    /** Whether the caller reads only what the public reads, with no identity of their own. */
    public boolean isAnonymous() {
        return id == null && key != KeyScope.PREVIEW;
    }

    /** Whether the caller is a site with an API key: it reads, and never writes. */
    public boolean isKey() {
        return key != null;
    }

    public boolean has(Role role) {
        return roles.stream().anyMatch(r -> r.includes(role));
    }

    public boolean isEditor() {
        return has(Role.EDITOR);
    }

    /** Whether the caller reads every article, unpublished ones included: editors and preview keys. */
    public boolean readsUnpublished() {
        return isEditor() || key == KeyScope.PREVIEW;
    }

    public boolean is(UUID userId) {
        return id != null && id.equals(userId);
    }
}
