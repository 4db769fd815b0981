package io.quire.media;

import io.quire.core.domain.ContentChanged;
import java.time.Instant;
import java.util.UUID;

/**
 * The text or focal point of an asset that something uses has changed: pages that show it (an article's feature
 * image takes the asset's text by default) may now read differently.
 */
public record AssetDescribed(UUID assetId, Instant occurredAt) implements ContentChanged {}
