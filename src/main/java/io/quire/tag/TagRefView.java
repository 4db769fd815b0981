package io.quire.tag;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** A tag as it appears on an article. */
@Schema(name = "TagRef")
public record TagRefView(
        @Schema(example = "5f0c3c1e-1f7b-4a8e-9d2c-6b1e2f3a4b5c")
        UUID id,

        @Schema(example = "ai") String slug,
        @Schema(example = "AI") String name) {

    public static TagRefView of(Tag tag) {
        return new TagRefView(tag.getId(), tag.getSlug(), tag.getName());
    }
}
