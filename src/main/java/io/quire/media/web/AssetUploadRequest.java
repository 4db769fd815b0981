package io.quire.media.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** The form an upload is sent as, for the API description (the controller reads its parts one by one). */
@Schema(name = "AssetUpload", description = "A `multipart/form-data` form.")
record AssetUploadRequest(
        @Schema(
                type = "string",
                format = "binary",
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "The image: JPEG, PNG, GIF or WebP.")
        String file,

        @Schema(
                example = "Tram on the new eastern line at dusk",
                description = "Text for readers who cannot see the image, at most 1000 characters.")
        String alt,

        @Schema(
                example = "The first tram leaves the depot.",
                description = "What the image shows, at most 2000 characters.")
        String caption,

        @Schema(
                example = "Photo: Ada Lovelace / City Press",
                description = "Who made the image or holds its rights, at most 500 characters.")
        String credit) {}
