package io.quire.user;

import io.quire.core.security.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** Changes to a user; an absent (or null) field is left as it is. */
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
        @Schema(
                example = "Writes about chips and the rules around them.",
                description = "Plain text for the author page, at most 2,000 characters; empty removes it.")
        String bio,

        @Size(min = 8, max = 72)
        @ValidPassword
        @Schema(example = "a-new-long-passphrase", description = CreateUserRequest.PASSWORD_RULE)
        String password,

        @Schema(description = "The version you read; a stale one is refused with 412.", example = "0")
        Long version) {}
