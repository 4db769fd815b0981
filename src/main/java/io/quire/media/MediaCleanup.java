package io.quire.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A storage key whose files may be in storage without a file row: reserved before an upload writes them, or
 * left when the last asset of a file is deleted. Removed once the files have a row, or are gone.
 */
@Entity
@Table(name = "media_cleanup")
class MediaCleanup {

    @Id
    @Column(name = "storage_key", length = 32)
    private String storageKey;

    @Column(nullable = false)
    private Instant since;

    protected MediaCleanup() {}

    MediaCleanup(String storageKey, Instant since) {
        this.storageKey = storageKey;
        this.since = since;
    }

    String storageKey() {
        return storageKey;
    }
}
