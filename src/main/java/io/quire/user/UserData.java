package io.quire.user;

import io.quire.core.security.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A user as it moves between Quire instances (export and import): never with a password or its hash. The avatar
 * is an asset id: it is kept where that asset exists.
 */
public record UserData(
        UUID id,
        String username,
        String displayName,
        Set<Role> roles,
        boolean enabled,
        Instant createdAt,
        Instant updatedAt,
        long version,
        String bio,
        UUID avatarAssetId) {

    /** A user from a system that knows no bio or avatar. */
    public UserData(
            UUID id,
            String username,
            String displayName,
            Set<Role> roles,
            boolean enabled,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        this(id, username, displayName, roles, enabled, createdAt, updatedAt, version, null, null);
    }
}
