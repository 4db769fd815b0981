package io.quire.article;

import io.quire.core.domain.ContentChanged;
import java.time.Instant;

/**
 * Articles came in through an import (or synthetic content): what readers are shown may differ once it
 * commits. It names no articles (a batch may hold thousands); imports fire no webhooks.
 */
public record ArticlesImported(int count, Instant occurredAt) implements ContentChanged {}
