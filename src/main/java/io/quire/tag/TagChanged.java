package io.quire.tag;

import io.quire.core.domain.ContentChanged;
import java.util.UUID;

/**
 * A tag was renamed or deleted: whatever shows it (article caches, the search index) must refresh.
 * Published inside the change, before a deletion, while the tag's articles can still be found.
 *
 * @param slug the slug the tag had before the change, as the search index still holds it
 */
public record TagChanged(UUID tagId, String slug) implements ContentChanged {}
