package io.quire.article;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a published article lives, when it last changed and the URL of its feature image (or null): what a sitemap
 * needs, without the content.
 */
public record PublishedArticle(UUID id, String slug, Instant publishedAt, Instant updatedAt, String imageUrl) {}
