package io.quire.media;

import io.swagger.v3.oas.annotations.media.Schema;

/** A copy of an image scaled down to a width, for {@code srcset}. */
@Schema(name = "Rendition")
public record RenditionView(
        @Schema(example = "640") int width,

        @Schema(example = "https://cms.example/media/6f1c2a9e0b7d4c3f8e5a1b2c3d4e5f60/640.jpg", format = "uri")
        String url) {}
