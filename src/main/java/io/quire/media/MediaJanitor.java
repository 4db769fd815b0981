package io.quire.media;

import io.quire.media.internal.MediaStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps storage and rows in step after crashes. Files are written before their row, under a key reserved
 * first (see {@link MediaCleanup}); a key still reserved an hour later lost its upload, and its files are
 * deleted. Files of deleted assets go right after the commit, or on the next sweep if that fails. Staged
 * uploads left in the work folder go the same way. The sweep runs at start and every 15 minutes.
 */
@Component
class MediaJanitor {

    static final Duration GRACE = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(MediaJanitor.class);

    private final MediaCleanups cleanups;
    private final MediaFiles files;
    private final MediaStorage storage;
    private final TransactionTemplate transaction;
    private final Path workDir;
    private final Clock clock;

    MediaJanitor(
            MediaCleanups cleanups,
            MediaFiles files,
            MediaStorage storage,
            TransactionTemplate transaction,
            MediaDirectories directories,
            Clock clock) {
        this.cleanups = cleanups;
        this.files = files;
        this.storage = storage;
        this.transaction = transaction;
        this.workDir = directories.work();
        this.clock = clock;
    }

    @Scheduled(initialDelay = 0, fixedDelay = 15 * 60 * 1000)
    void sweepRegularly() {
        sweep(Instant.now(clock).minus(GRACE));
    }

    /**
     * Deletes the files of keys reserved before the cutoff that no file row took, and work files last changed
     * before it.
     *
     * @return the keys whose files were deleted
     */
    int sweep(Instant cutoff) {
        int swept = 0;
        List<MediaCleanup> due;
        do {
            due = transaction.execute(status -> cleanups.findTop500BySinceBeforeOrderBySince(cutoff));
            for (MediaCleanup cleanup : due) {
                String key = cleanup.storageKey();
                if (Boolean.TRUE.equals(transaction.execute(status -> files.existsByStorageKey(key)))) {
                    transaction.executeWithoutResult(status -> cleanups.deleteById(key));
                } else if (release(key)) {
                    swept++;
                } else {
                    return swept;
                }
            }
        } while (due.size() == 500);
        sweepWork(cutoff);
        return swept;
    }

    @TransactionalEventListener
    void on(MediaFileReleased released) {
        release(released.storageKey());
    }

    /** Deletes the key's files, then its reservation; false (and both kept for the next sweep) if storage fails. */
    boolean release(String storageKey) {
        try {
            storage.delete(storageKey);
        } catch (IOException | RuntimeException e) {
            log.warn("The files of {} could not be deleted yet; the next sweep tries again", storageKey, e);
            return false;
        }
        transaction.executeWithoutResult(status -> cleanups.deleteById(storageKey));
        return true;
    }

    private void sweepWork(Instant cutoff) {
        try (Stream<Path> entries = Files.list(workDir)) {
            for (Path entry : entries.toList()) {
                if (Files.getLastModifiedTime(entry).compareTo(FileTime.from(cutoff)) < 0) {
                    deleteTree(entry);
                }
            }
        } catch (IOException e) {
            log.warn("The media work folder could not be swept", e);
        }
    }

    static void deleteTree(Path path) throws IOException {
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
