package io.quire.media.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The image types accepted, recognised by their first bytes (never by a name or a declared type), and what
 * their re-encoded files are written as. WebP can only be read here, so a WebP's files are JPEG (PNG when it
 * is transparent); a GIF keeps its first frame.
 */
public enum ImageFormat {
    JPEG("image/jpeg", "jpeg", List.of("jpg", "jpeg", "jpe", "jfif")),
    PNG("image/png", "png", List.of("png")),
    GIF("image/gif", "gif", List.of("gif")),
    WEBP("image/webp", "webp", List.of("webp"));

    /** Bytes needed to recognise every format. */
    public static final int HEAD_LENGTH = 16;

    private final String contentType;
    private final String readerName;
    private final List<String> extensions;

    ImageFormat(String contentType, String readerName, List<String> extensions) {
        this.contentType = contentType;
        this.readerName = readerName;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    String readerName() {
        return readerName;
    }

    public static Optional<ImageFormat> ofContentType(String contentType) {
        return Arrays.stream(values())
                .filter(f -> f.contentType.equalsIgnoreCase(contentType))
                .findFirst();
    }

    /** The format these first bytes begin, if they begin one of the accepted formats. */
    public static Optional<ImageFormat> sniff(byte[] head) {
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(head, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(GIF);
        }
        if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** Whether these first bytes look like markup (SVG, HTML, XML), after any byte order mark and white space. */
    public static boolean looksLikeMarkup(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (text.startsWith("\u00EF\u00BB\u00BF")) {
            text = text.substring(3);
        }
        return text.stripLeading().startsWith("<");
    }

    /** Whether a file name agrees with this format: its extension is one of the format's, or it has none. */
    public boolean agreesWith(String filename) {
        int dot = filename.lastIndexOf('.');
        if (dot < 0 || dot == filename.length() - 1) {
            return dot < 0;
        }
        return extensions.contains(filename.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean startsWith(byte[] head, int offset, int... expected) {
        if (head.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((head[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
