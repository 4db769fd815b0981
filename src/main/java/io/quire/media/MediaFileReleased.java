package io.quire.media;

/** The last asset with these files was deleted: once that is committed, the files go too. */
record MediaFileReleased(String storageKey) {}
