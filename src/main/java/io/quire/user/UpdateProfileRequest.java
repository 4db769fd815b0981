package io.quire.user;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What a user changes about themselves: how their author page shows them. Roles, passwords and disabling are
 * changed by an admin. An absent field is left as it is; {@code avatar: null} removes the avatar.
 */
@Schema(name = "UpdateProfile", example = "{\"bio\": \"Writes about chips and the rules around them.\"}")
public record UpdateProfileRequest(
        @Size(min = 1, max = 100)
        @Pattern(regexp = CreateUserRequest.NOT_BLANK, message = "must not be blank")
        @Schema(example = "Ada King")
        String displayName,

        @Size(max = 2000)
        @Schema(example = "Writes about chips and the rules around them.", description = CreateUserRequest.BIO_RULE)
        String bio,

        @JsonDeserialize(using = AvatarChoice.class)
        @Schema(
                nullable = true,
                example = "8d2f4c1a-6b3e-4f5a-9c7d-1e2f3a4b5c6d",
                description = CreateUserRequest.AVATAR_RULE)
        UUID avatar,

        @Schema(description = "The version you read; a stale one is refused with 412.", example = "0")
        Long version) {

    ProfileChange profile() {
        return new ProfileChange(displayName, bio, avatar);
    }
}
