package io.quire.apikey;

import io.quire.core.security.KeyScope;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new key: what it is for, and what it may read. */
@Schema(name = "CreateApiKey")
public record ApiKeyRequest(
        @NotNull
        @Size(min = 1, max = 100)
        @Pattern(regexp = "\\s*\\S[\\s\\S]*", message = "must not be blank")
        @Schema(example = "Marketing site preview", description = "What the key is for, 1 to 100 characters.")
        String name,

        @NotNull @Schema(example = "preview") KeyScope scope) {}
