package io.quire.media;

import io.quire.user.AuthorView;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An image in the media library as the API shows it. */
@Schema(name = "Asset")
public record AssetView(
        @Schema(example = "8d2f4c1a-6b3e-4f5a-9c7d-1e2f3a4b5c6d")
        UUID id,

        @Schema(example = "tram-dusk.jpg", description = "The name it was uploaded with.")
        String filename,

        @Schema(
                example = "image/jpeg",
                description = "The type its bytes were found to be: image/jpeg, image/png, image/gif or image/webp.")
        String contentType,

        @Schema(example = "2481920", description = "Size of the uploaded file in bytes.")
        long bytes,

        @Schema(example = "4000", description = "Width in pixels, as seen (camera orientation applied).")
        int width,

        @Schema(example = "3000", description = "Height in pixels, as seen.")
        int height,

        @Schema(nullable = true, example = "Tram on the new eastern line at dusk", description = AssetText.ALT)
        String alt,

        @Schema(nullable = true, example = "The first tram leaves the depot.", description = AssetText.CAPTION)
        String caption,

        @Schema(nullable = true, example = "Photo: Ada Lovelace / City Press", description = AssetText.CREDIT)
        String credit,

        @Schema(nullable = true) FocalPoint focalPoint,

        @Schema(
                example = "https://cms.example/media/6f1c2a9e0b7d4c3f8e5a1b2c3d4e5f60/original.jpg",
                format = "uri",
                description = "The full-size image, re-encoded without metadata. Public, never changes; "
                        + "use it as given, never build one.")
        String url,

        @ArraySchema(
                arraySchema =
                        @Schema(
                                description = "Scaled-down copies, narrowest first, only widths smaller than "
                                        + "the image's: for `srcset`."))
        List<RenditionView> renditions,

        @Schema(example = "2026-11-28T10:15:30Z") Instant createdAt,
        AuthorView uploadedBy,

        @Schema(example = "0", description = "Increases with every change; send it back to guard against lost updates.")
        long version) {}
