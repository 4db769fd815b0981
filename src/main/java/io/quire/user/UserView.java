package io.quire.user;

import io.quire.core.security.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user as the API shows it; the password never leaves the server. */
@Schema(name = "User")
public record UserView(
        @Schema(example = "0b5c1f7e-8d1a-4c55-9a1e-2f6f7f1d3a10")
        UUID id,

        @Schema(example = "ada") String username,
        @Schema(example = "Ada Lovelace") String displayName,
        @Schema(example = "[\"EDITOR\"]") List<Role> roles,
        @Schema(example = "true") boolean enabled,

        @Schema(nullable = true, example = "Writes about chips and the rules around them.", description = "Plain text.")
        String bio,

        @Schema(nullable = true, description = "The user's picture, or null.")
        AvatarView avatar,

        @Schema(example = "2026-11-28T10:15:30Z") Instant createdAt,

        @Schema(
                example = "0",
                description = "Increases with every change; send it back to guard against " + "lost updates.")
        long version) {

    static UserView of(User user, AvatarView avatar) {
        return new UserView(
                user.id(),
                user.username(),
                user.displayName(),
                user.roles().stream().sorted().toList(),
                user.enabled(),
                user.bio(),
                avatar,
                user.createdAt(),
                user.version());
    }
}
