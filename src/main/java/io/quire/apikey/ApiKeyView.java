package io.quire.apikey;

import io.quire.core.security.KeyScope;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A key as admins see it later: never the key itself. */
@Schema(name = "ApiKey")
public record ApiKeyView(
        @Schema(example = "5d0c7a8e-2b1f-4c3d-9e8f-0a1b2c3d4e5f")
        UUID id,

        @Schema(example = "Marketing site preview") String name,
        @Schema(example = "preview") KeyScope scope,
        @Schema(example = "2026-11-28T10:15:30Z") Instant createdAt,

        @Schema(
                example = "2026-11-30T08:00:00Z",
                description = "When the key was last used, to the minute; null if never.",
                nullable = true)
        Instant lastUsedAt) {

    static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(key.id(), key.name(), key.scope(), key.createdAt(), key.lastUsedAt());
    }
}
