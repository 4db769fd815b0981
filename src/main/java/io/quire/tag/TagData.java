package io.quire.tag;

import java.time.Instant;
import java.util.UUID;

/**
 * A tag as it moves between Quire instances (export and import): everything but its article count,
 * which follows from the articles.
 */
public record TagData(
        UUID id, String name, String slug, String description, Instant createdAt, Instant updatedAt, long version) {}
