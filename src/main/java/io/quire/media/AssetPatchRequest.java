package io.quire.media;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** The editable text of an asset, as a JSON Merge Patch (RFC 7396) changes it. */
@Schema(
        name = "AssetPatch",
        description = "A JSON Merge Patch (RFC 7396): any of these properties, only those that change; "
                + "`null` clears one.",
        example = """
                {"alt": "Tram on the new eastern line at dusk", "focalPoint": {"x": 0.62, "y": 0.35}}""")
public record AssetPatchRequest(
        @Size(max = AssetText.MAX_ALT)
        @Schema(nullable = true, example = "Tram on the new eastern line at dusk", description = AssetText.ALT)
        String alt,

        @Size(max = AssetText.MAX_CAPTION)
        @Schema(nullable = true, example = "The first tram leaves the depot.", description = AssetText.CAPTION)
        String caption,

        @Size(max = AssetText.MAX_CREDIT)
        @Schema(nullable = true, example = "Photo: Ada Lovelace / City Press", description = AssetText.CREDIT)
        String credit,

        @Valid @Schema(nullable = true) FocalPoint focalPoint,

        @Schema(nullable = true, description = "The version you read; a stale one is refused with 412.", example = "0")
        Long version) {}
