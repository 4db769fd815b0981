package io.quire.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/** The local folders of the media module: {@code cms.media.dir}, and in it the work folder for uploads. */
@Component
public class MediaDirectories {

    private final Path root;
    private final Path work;

    MediaDirectories(MediaProperties properties) {
        try {
            this.root =
                    Files.createDirectories(properties.dir().toAbsolutePath().normalize());
            this.work = Files.createDirectories(root.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException("cms.media.dir cannot be created: " + e.getMessage(), e);
        }
    }

    public Path root() {
        return root;
    }

    /** Where uploads are staged and processed, on the same disk as the files (so moving them in is a rename). */
    public Path work() {
        return work;
    }
}
