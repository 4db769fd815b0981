package io.quire.user;

import io.quire.core.security.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;

/** A new user. Roles default to AUTHOR, the display name to the username. */
@Schema(name = "CreateUser")
public record CreateUserRequest(
        @NotBlank
        @Pattern(regexp = USERNAME, message = USERNAME_RULE)
        @Schema(example = "ada", description = USERNAME_RULE)
        String username,

        @NotNull
        @Size(min = 8, max = 72)
        @ValidPassword
        @Schema(example = "correct-horse-battery", description = PASSWORD_RULE)
        String password,

        @Size(min = 1, max = 100)
        @Pattern(regexp = NOT_BLANK, message = "must not be blank")
        @Schema(example = "Ada Lovelace")
        String displayName,

        @Size(min = 1, max = 3) @Schema(example = "[\"AUTHOR\"]")
        Set<@NotNull Role> roles,

        @Size(max = 2000) @Schema(example = "Writes about chips and the rules around them.", description = BIO_RULE)
        String bio,

        @Schema(example = "8d2f4c1a-6b3e-4f5a-9c7d-1e2f3a4b5c6d", description = AVATAR_RULE)
        UUID avatar) {

    static final String USERNAME = "^[a-z0-9][a-z0-9._-]{2,39}$";
    /** Not only white space; linear to match, and valid as an ECMA regex in the OpenAPI schema. */
    static final String NOT_BLANK = "\\s*\\S[\\s\\S]*";

    static final String PASSWORD_RULE = "8 to 72 characters (72 bytes), and hard to guess: common and leaked "
            + "passwords, dictionary words, names, keyboard patterns, dates and the user's own details are refused "
            + "with a 400 that says why (NIST SP 800-63B; judged by the zxcvbn strength estimator).";

    static final String BIO_RULE = "Plain text for the author page, at most 2,000 characters; empty removes it.";

    static final String AVATAR_RULE = "The id of an image of the media library you can see (you uploaded it, or you "
            + "are an editor); `null` removes the avatar. An asset used as an avatar cannot be deleted.";

    static final String USERNAME_RULE =
            "3 to 40 characters: lowercase letters, digits, '.', '_' or '-', starting with a letter or digit";
}
