package io.quire.user;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/**
 * A user's picture as the API shows it: the files of an asset of the media library, in the shape an article's
 * feature image has, so a site renders both with the same code.
 */
@Schema(name = "Avatar")
public record AvatarView(
        @Schema(example = "8d2f4c1a-6b3e-4f5a-9c7d-1e2f3a4b5c6d")
        UUID assetId,

        @Schema(nullable = true, example = "Ada Lovelace at her desk", description = "The `alt` of `<img>`.")
        String alt,

        @Schema(
                example = "https://cms.example/media/6f1c2a9e0b7d4c3f8e5a1b2c3d4e5f60/original.jpg",
                format = "uri",
                description = "The full-size image; public, never changes.")
        String url,

        @Schema(example = "800") int width,
        @Schema(example = "800") int height,

        @ArraySchema(
                arraySchema = @Schema(description = "Scaled-down copies, narrowest first: for `srcset`."),
                schema = @Schema(ref = "#/components/schemas/Rendition"))
        List<Rendition> renditions) {

    /** A copy of the image scaled down to a width (the media library's {@code Rendition}). */
    public record Rendition(int width, String url) {}
}
