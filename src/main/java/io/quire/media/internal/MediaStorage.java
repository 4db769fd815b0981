package io.quire.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the files of an image live: each under its storage key and a name ({@code original.jpg},
 * {@code 640.jpg}). Files are written once and never changed; a key's files are deleted together.
 */
public interface MediaStorage {

    /**
     * Stores the files under the key, moving or copying them from the local paths; durable when it returns.
     *
     * @param files name to local file
     */
    void put(String key, Map<String, Path> files) throws IOException;

    /** The stored file, or empty when there is none. */
    Optional<StoredFile> open(String key, String name) throws IOException;

    /** Deletes every file under the key; nothing happens when there is none. */
    void delete(String key) throws IOException;

    /** A stored file being read. Close it when done. */
    interface StoredFile extends AutoCloseable {

        long size();

        /** The file on the local disk, when it is there (so it can be sent without copying it through the heap). */
        Optional<Path> localPath();

        InputStream stream() throws IOException;

        @Override
        void close() throws IOException;
    }
}
