package io.quire.user;

import io.quire.core.security.Role;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A user as it moves between Quire instances (export and import): never with a password or its hash. */
public record UserData(
        UUID id,
        String username,
        String displayName,
        Set<Role> roles,
        boolean enabled,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
