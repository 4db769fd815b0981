package io.quire.article;

import java.time.Instant;
import java.util.UUID;

/** Where a published article lives and when it last changed: what a sitemap needs, without the content. */
public record PublishedArticle(UUID id, String slug, Instant publishedAt, Instant updatedAt) {}
