package io.quire.media.internal;

import io.quire.media.FileTooLarge;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An upload copied into a local file in a small buffer at a time, its SHA-256 and first bytes taken on the
 * way: it is never whole in the heap. Closing it deletes the file.
 */
public final class StagedUpload implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final Path file;
    private final long size;
    private final String sha256;
    private final byte[] head;

    private StagedUpload(Path file, long size, String sha256, byte[] head) {
        this.file = file;
        this.size = size;
        this.sha256 = sha256;
        this.head = head;
    }

    /**
     * Copies the stream into a new file in the folder, refusing it as soon as it passes the largest size.
     *
     * @throws FileTooLarge after at most {@code maxBytes + 1} bytes were read
     */
    public static StagedUpload receive(InputStream in, Path folder, long maxBytes) throws IOException {
        MessageDigest digest = sha256Digest();
        Path file = Files.createTempFile(Files.createDirectories(folder), "upload-", ".part");
        try {
            byte[] head = new byte[ImageFormat.HEAD_LENGTH];
            int headLength = 0;
            long total = 0;
            byte[] buffer = new byte[BUFFER];
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    total += n;
                    if (total > maxBytes) {
                        throw new FileTooLarge(maxBytes);
                    }
                    int take = Math.min(n, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, take);
                    headLength += take;
                    out.write(buffer, 0, n);
                }
            }
            return new StagedUpload(
                    file, total, HexFormat.of().formatHex(digest.digest()), Arrays.copyOf(head, headLength));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path file() {
        return file;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    /** The first bytes, enough to tell the format. */
    public byte[] head() {
        return head.clone();
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
