package io.quire.tag;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A tag with the number of published articles filed under it. */
@Schema(name = "Tag")
public record TagView(
        @Schema(example = "5f0c3c1e-1f7b-4a8e-9d2c-6b1e2f3a4b5c")
        UUID id,

        @Schema(example = "ai") String slug,
        @Schema(example = "AI") String name,

        @Schema(nullable = true, example = "Artificial intelligence, machine learning and their rules.")
        String description,

        @Schema(example = "12", description = "Published articles with this tag.")
        int articleCount,

        @Schema(example = "2026-11-28T10:15:30Z") Instant createdAt,
        @Schema(example = "2026-11-28T10:15:30Z") Instant updatedAt,
        @Schema(example = "0") long version) {

    static TagView of(Tag tag) {
        return new TagView(
                tag.getId(),
                tag.getSlug(),
                tag.getName(),
                tag.description(),
                tag.articleCount(),
                tag.createdAt(),
                tag.updatedAt(),
                tag.version());
    }
}
