package io.quire.tag;

import java.util.UUID;

/** A tag was renamed or deleted: whatever shows it (article caches, feeds) must refresh. */
public record TagChanged(UUID tagId) {}
