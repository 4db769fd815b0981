package io.quire.article;

import io.swagger.v3.oas.annotations.media.Schema;

/** The image a link preview shows for an article (`og:image`, `twitter:image`). */
@Schema(name = "ShareImage")
public record ShareImageView(
        @Schema(example = "https://cms.example/files/3f1e6a52/gpu.jpg", description = "Absolute; use it as given.")
        String url,

        @Schema(example = "1200") int width,
        @Schema(example = "630") int height,

        @Schema(example = "A data-centre GPU on a test bench.", nullable = true)
        String alt) {

    /** The article's feature image as a link preview shows it. */
    static ShareImageView of(FeatureImageView image) {
        return new ShareImageView(image.url(), image.width(), image.height(), image.alt());
    }
}
