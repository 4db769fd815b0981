package io.quire.media.internal;

import java.io.Closeable;
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

    /**
     * A stored file being read: its size, its path when it is on the local disk (so it can be sent without
     * passing through the heap), and its bytes. Close it when done.
     */
    record StoredFile(long size, Optional<Path> localPath, Opener opener, Closeable resource) implements Closeable {

        public InputStream stream() throws IOException {
            return opener.open();
        }

        @Override
        public void close() throws IOException {
            resource.close();
        }
    }

    interface Opener {
        InputStream open() throws IOException;
    }
}
