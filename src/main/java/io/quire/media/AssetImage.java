package io.quire.media;

import java.util.List;
import java.util.UUID;

/**
 * An asset as other modules show it: where its files are, how large it is, and its text (which they may
 * override for one use).
 */
public record AssetImage(
        UUID assetId,
        String contentType,
        int width,
        int height,
        String url,
        List<RenditionView> renditions,
        String alt,
        String caption,
        String credit,
        FocalPoint focalPoint) {}
