package io.quire.media;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/**
 * Something that uses an asset, named by its module's type and its id ({@code article}, ...): an asset with an
 * owner cannot be deleted.
 */
@Schema(name = "AssetOwner")
public record AssetOwner(
        @Schema(example = "article") String type,

        @Schema(example = "3f1e6a52-4c1b-4b8e-9a57-0c6f1d2e3b4a")
        UUID id) {

    public AssetOwner {
        if (type == null || !type.matches("[a-z][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("An owner type is 1 to 40 lowercase letters, digits or hyphens");
        }
        if (id == null) {
            throw new IllegalArgumentException("An owner needs an id");
        }
    }
}
