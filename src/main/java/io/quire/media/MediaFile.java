package io.quire.media;

import io.quire.media.internal.ProcessedImage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The files of one distinct upload: its re-encoded original and renditions, stored under a random key. Assets
 * with the same bytes share one; it is never changed, only deleted with the last asset that uses it.
 */
@Entity
@Table(name = "media_files")
class MediaFile {

    @Id
    private UUID id;

    @Column(name = "storage_key", nullable = false, length = 32)
    private String storageKey;

    /** Of the bytes uploaded; never shown, it finds the file when the same bytes come again. */
    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "content_type", nullable = false, length = 20)
    private String contentType;

    @Column(nullable = false)
    private long bytes;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "original_ext", nullable = false, length = 4)
    private String originalExt;

    @Column(name = "rendition_ext", nullable = false, length = 4)
    private String renditionExt;

    @Column(name = "rendition_widths", nullable = false, length = 100)
    private String renditionWidths;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MediaFile() {}

    MediaFile(String storageKey, String sha256, long bytes, ProcessedImage image, Instant now) {
        this.id = UUID.randomUUID();
        this.storageKey = storageKey;
        this.sha256 = sha256;
        this.contentType = image.format().contentType();
        this.bytes = bytes;
        this.width = image.width();
        this.height = image.height();
        this.originalExt = image.originalExt();
        this.renditionExt = image.renditionExt();
        this.renditionWidths =
                image.renditionWidths().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    String storageKey() {
        return storageKey;
    }

    String contentType() {
        return contentType;
    }

    long bytes() {
        return bytes;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The name of the re-encoded original under the storage key, such as {@code original.jpg}. */
    String originalName() {
        return "original." + originalExt;
    }

    /** The name of the rendition of this width under the storage key, such as {@code 640.jpg}. */
    String renditionName(int renditionWidth) {
        return renditionWidth + "." + renditionExt;
    }

    /** Narrowest first. */
    List<Integer> renditionWidths() {
        return renditionWidths.isEmpty()
                ? List.of()
                : Arrays.stream(renditionWidths.split(","))
                        .map(Integer::valueOf)
                        .toList();
    }
}
