package io.quire.tag;

import io.quire.core.text.Slugs;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A tag to create or replace. Without a slug, one is derived from the name. */
@Schema(name = "TagRequest", example = """
        {"name": "Open data", "description": "Public data sets and the rules for reusing them."}""")
public record TagRequest(
        @NotBlank @Size(min = 1, max = 60) @Schema(example = "AI", description = "Unique, ignoring case.")
        String name,

        @Size(max = Slugs.MAX_LENGTH)
        @Pattern(regexp = Slugs.PATTERN, message = SLUG_RULE)
        @Schema(nullable = true, example = "ai", description = SLUG_RULE)
        String slug,

        @Size(max = 500)
        @Schema(nullable = true, example = "Artificial intelligence, machine learning and their rules.")
        String description,

        @Schema(nullable = true, description = "The version you read; a stale one is refused with 412.", example = "0")
        Long version) {

    public static final String SLUG_RULE = "lowercase a-z0-9 words joined by single hyphens, at most 120 characters";
}
