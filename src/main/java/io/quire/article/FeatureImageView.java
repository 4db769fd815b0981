package io.quire.article;

import io.quire.media.AssetImage;
import io.quire.media.RenditionView;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/** An article's feature image as the API shows it: its text, and the asset's files to render it responsively. */
@Schema(name = "FeatureImage")
public record FeatureImageView(
        @Schema(example = "8d2f4c1a-6b3e-4f5a-9c7d-1e2f3a4b5c6d")
        UUID assetId,

        @Schema(
                nullable = true,
                example = "Tram on the new eastern line at dusk",
                description = "The `alt` of `<img>`.")
        String alt,

        @Schema(nullable = true, example = "The first tram leaves the depot.")
        String caption,

        @Schema(nullable = true, example = "Photo: Ada Lovelace / City Press")
        String credit,

        @Schema(
                example = "https://cms.example/media/6f1c2a9e0b7d4c3f8e5a1b2c3d4e5f60/original.jpg",
                format = "uri",
                description = "The full-size image; public, never changes.")
        String url,

        @Schema(example = "4000") int width,
        @Schema(example = "3000") int height,

        @ArraySchema(arraySchema = @Schema(description = "Scaled-down copies, narrowest first: for `srcset`."))
        List<RenditionView> renditions) {

    /** The article's text where it has its own, the asset's elsewhere. */
    static FeatureImageView of(FeatureImage chosen, AssetImage asset) {
        return new FeatureImageView(
                asset.assetId(),
                chosen.alt() != null ? chosen.alt() : asset.alt(),
                chosen.caption() != null ? chosen.caption() : asset.caption(),
                chosen.credit() != null ? chosen.credit() : asset.credit(),
                asset.url(),
                asset.width(),
                asset.height(),
                asset.renditions());
    }
}
