package io.quire.media.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An upload decoded and written again: the size as seen (orientation applied), the extensions of its files,
 * the rendition widths made (narrowest first), and the files themselves, by name, in a work folder.
 */
public record ProcessedImage(
        ImageFormat format,
        int width,
        int height,
        String originalExt,
        String renditionExt,
        List<Integer> renditionWidths,
        Map<String, Path> files) {}
