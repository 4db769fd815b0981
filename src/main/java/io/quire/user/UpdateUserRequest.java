package io.quire.user;

import io.quire.core.security.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.annotation.JsonDeserialize;

/** Changes to a user; an absent (or null) field is left as it is, except {@code avatar}, which null removes. */
@Schema(name = "UpdateUser", example = "{\"displayName\": \"Ada King\"}")
public record UpdateUserRequest(
        @Size(min = 1, max = 100)
        @Pattern(regexp = CreateUserRequest.NOT_BLANK, message = "must not be blank")
        @Schema(example = "Ada King")
        String displayName,

        @Size(min = 1, max = 3) @Schema(example = "[\"EDITOR\"]")
        Set<@NotNull Role> roles,

        @Schema(example = "false") Boolean enabled,

        @Size(max = 2000)
        @Schema(example = "Writes about chips and the rules around them.", description = CreateUserRequest.BIO_RULE)
        String bio,

        @JsonDeserialize(using = AvatarChoice.class)
        @Schema(
                nullable = true,
                example = "8d2f4c1a-6b3e-4f5a-9c7d-1e2f3a4b5c6d",
                description = CreateUserRequest.AVATAR_RULE)
        UUID avatar,

        @Size(min = 8, max = 72)
        @ValidPassword
        @Schema(example = "a-new-long-passphrase", description = CreateUserRequest.PASSWORD_RULE)
        String password,

        @Schema(description = "The version you read; a stale one is refused with 412.", example = "0")
        Long version) {

    /** The profile part of this change: what users may change about themselves. */
    ProfileChange profile() {
        return new ProfileChange(displayName, bio, avatar);
    }
}
