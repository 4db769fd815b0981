package io.quire.apikey;

import io.quire.core.security.KeyScope;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A key just issued: the only answer that shows {@code key}. */
@Schema(name = "CreatedApiKey")
public record CreatedApiKeyView(
        @Schema(
                example = "quire_key_3q2-7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                description = "Send as `Authorization: Bearer <key>`. Shown in this answer only: store it now.")
        String key,

        @Schema(example = "5d0c7a8e-2b1f-4c3d-9e8f-0a1b2c3d4e5f")
        UUID id,

        @Schema(example = "Marketing site preview") String name,
        @Schema(example = "preview") KeyScope scope,
        @Schema(example = "2026-11-28T10:15:30Z") Instant createdAt,

        @Schema(description = "Null: the key was never used.", nullable = true)
        Instant lastUsedAt) {}
