package io.quire.article;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The image an article leads with, as an editor sets it. */
@Schema(
        name = "FeatureImageRequest",
        description = "An asset of the media library; `alt`, `caption` and `credit` default to the asset's.")
public record FeatureImageRequest(
        @NotNull @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "8d2f4c1a-6b3e-4f5a-9c7d-1e2f3a4b5c6d")
        UUID assetId,

        @Size(max = 1000)
        @Schema(nullable = true, example = "Tram on the new eastern line at dusk", description = "Absent: the asset's.")
        String alt,

        @Size(max = 2000)
        @Schema(nullable = true, example = "The first tram leaves the depot.", description = "Absent: the asset's.")
        String caption,

        @Size(max = 500)
        @Schema(nullable = true, example = "Photo: Ada Lovelace / City Press", description = "Absent: the asset's.")
        String credit) {}
