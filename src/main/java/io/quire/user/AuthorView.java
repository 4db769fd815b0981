package io.quire.user;

import io.swagger.v3.oas.annotations.media.Schema;

/** How other modules show who wrote something. */
@Schema(name = "Author")
public record AuthorView(
        @Schema(example = "ada") String username,
        @Schema(example = "Ada Lovelace") String displayName) {}
