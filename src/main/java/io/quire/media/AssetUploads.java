package io.quire.media;

import io.quire.core.domain.NotPermitted;
import io.quire.core.security.Caller;
import io.quire.core.security.Role;
import io.quire.media.internal.ImageFormat;
import io.quire.media.internal.ImageProcessor;
import io.quire.media.internal.MediaStorage;
import io.quire.media.internal.ProcessedImage;
import io.quire.media.internal.StagedUpload;
import io.quire.media.internal.StorageKeys;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * Takes uploads into the media library. The bytes are staged on disk while their SHA-256 is taken; the same
 * bytes uploaded again become a new asset on the files already stored. New bytes are judged by what they
 * begin with and by decoding them, re-encoded with their renditions, and stored under a reserved key before
 * the rows that point at them are written: a crash at any point leaves no row without files, and at most
 * files that {@link MediaJanitor} deletes.
 */
@Service
public class AssetUploads {

    private final AssetRecords records;
    private final ImageProcessor processor;
    private final MediaStorage storage;
    private final MediaJanitor janitor;
    private final Path workDir;
    private final long maxBytes;

    AssetUploads(
            AssetRecords records,
            ImageProcessor processor,
            MediaStorage storage,
            MediaJanitor janitor,
            MediaDirectories directories,
            MediaProperties properties) {
        this.records = records;
        this.processor = processor;
        this.storage = storage;
        this.janitor = janitor;
        this.workDir = directories.work();
        this.maxBytes = properties.maxFileSize().toBytes();
    }

    public AssetView upload(Upload upload, AssetText text, Caller caller) throws IOException {
        if (!caller.has(Role.AUTHOR)) {
            throw new NotPermitted("Only authors, editors and admins upload images.");
        }
        String filename = Filenames.clean(upload.filename());
        try (InputStream in = upload.open();
                StagedUpload staged = StagedUpload.receive(in, workDir, maxBytes)) {
            ImageFormat format = formatOf(staged, filename);
            Optional<AssetView> existing = records.reuse(staged.sha256(), filename, text, caller);
            return existing.isPresent() ? existing.get() : store(staged, format, filename, text, caller);
        }
    }

    private static ImageFormat formatOf(StagedUpload staged, String filename) {
        if (staged.size() == 0) {
            throw new InvalidImage("is empty");
        }
        byte[] head = staged.head();
        ImageFormat format = ImageFormat.sniff(head)
                .orElseThrow(() -> new UnsupportedImage(
                        ImageFormat.looksLikeMarkup(head)
                                ? "SVG and other markup are refused, as they can carry script"
                                : "only JPEG, PNG, GIF and WebP images are accepted"));
        if (!format.agreesWith(filename)) {
            throw new UnsupportedImage(
                    "its name '" + filename + "' disagrees with its bytes, which are " + format.name());
        }
        return format;
    }

    private AssetView store(StagedUpload staged, ImageFormat format, String filename, AssetText text, Caller caller)
            throws IOException {
        Path work = Files.createTempDirectory(workDir, "work-");
        try {
            ProcessedImage image = processor.process(staged.file(), format, work);
            String key = StorageKeys.next();
            records.reserve(key);
            try {
                storage.put(key, image.files());
            } catch (IOException | RuntimeException e) {
                janitor.release(key);
                throw e;
            }
            try {
                return records.adopt(key, staged.sha256(), staged.size(), image, filename, text, caller);
            } catch (DataIntegrityViolationException e) {
                // The same bytes were stored by another upload meanwhile: this asset takes those files.
                janitor.release(key);
                return records.reuse(staged.sha256(), filename, text, caller).orElseThrow(() -> e);
            }
        } finally {
            MediaJanitor.deleteTree(work);
        }
    }
}
