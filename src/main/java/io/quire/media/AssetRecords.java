package io.quire.media;

import io.quire.core.security.Caller;
import io.quire.media.internal.ProcessedImage;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The rows an upload writes, each step in a transaction of its own: storage is written between them. */
@Component
@Transactional
class AssetRecords {

    private final Assets assets;
    private final MediaFiles files;
    private final MediaCleanups cleanups;
    private final AssetViews views;
    private final Clock clock;

    AssetRecords(Assets assets, MediaFiles files, MediaCleanups cleanups, AssetViews views, Clock clock) {
        this.assets = assets;
        this.files = files;
        this.cleanups = cleanups;
        this.views = views;
        this.clock = clock;
    }

    /** A new asset on the files already stored for these bytes, if there are any. */
    Optional<AssetView> reuse(String sha256, String filename, AssetText text, Caller caller) {
        return files.findBySha256(sha256)
                .map(file -> views.view(assets.save(new Asset(file, filename, text, caller.id(), Instant.now(clock)))));
    }

    /** Marks the key as possibly holding files nobody owns, before they are written (committed at once). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void reserve(String storageKey) {
        cleanups.saveAndFlush(new MediaCleanup(storageKey, Instant.now(clock)));
    }

    /**
     * Records the stored files and the new asset on them, and lifts the reservation of their key.
     *
     * @throws org.springframework.dao.DataIntegrityViolationException when the same bytes were recorded meanwhile
     */
    AssetView adopt(
            String storageKey,
            String sha256,
            long bytes,
            ProcessedImage image,
            String filename,
            AssetText text,
            Caller caller) {
        Instant now = Instant.now(clock);
        MediaFile file = files.saveAndFlush(new MediaFile(storageKey, sha256, bytes, image, now));
        cleanups.deleteById(storageKey);
        return views.view(assets.save(new Asset(file, filename, text, caller.id(), now)));
    }
}
