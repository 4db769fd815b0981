package io.quire.media.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Pixels in, files out: scaling, colour normalisation and encoding, with no metadata written. */
final class ImageFiles {

    static final float ORIGINAL_QUALITY = 0.9f;
    static final float RENDITION_QUALITY = 0.82f;

    private ImageFiles() {}

    /**
     * The image as plain sRGB pixels of the given type ({@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB}), converting
     * only when needed: a JPEG decoded as BGR bytes is written as it is.
     */
    static BufferedImage normalized(BufferedImage image, int type) {
        boolean srgb = image.getColorModel().getColorSpace().isCS_sRGB();
        boolean usable = image.getType() == type
                || type == BufferedImage.TYPE_INT_RGB && image.getType() == BufferedImage.TYPE_3BYTE_BGR;
        if (srgb && usable) {
            return image;
        }
        BufferedImage result = new BufferedImage(image.getWidth(), image.getHeight(), type);
        if (!srgb && image.getColorModel().getColorSpace().getType() != ColorSpace.TYPE_GRAY) {
            new ColorConvertOp(null).filter(image, result);
        } else {
            draw(image, result);
        }
        return result;
    }

    /**
     * Scaled down to the width and height by halving with bilinear filtering, then one last bilinear step: close
     * to the quality of an area average at a fraction of its cost.
     */
    static BufferedImage scaled(BufferedImage source, int width, int height, int type) {
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = step(current, current.getWidth() / 2, current.getHeight() / 2, type, source);
        }
        if (current.getWidth() != width || current.getHeight() != height) {
            current = step(current, width, height, type, source);
        }
        return current;
    }

    private static BufferedImage step(BufferedImage from, int width, int height, int type, BufferedImage source) {
        BufferedImage to = new BufferedImage(width, height, type);
        draw(from, to);
        if (from != source) {
            from.flush();
        }
        return to;
    }

    private static void draw(BufferedImage from, BufferedImage to) {
        Graphics2D g = to.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(from, 0, 0, to.getWidth(), to.getHeight(), null);
        } finally {
            g.dispose();
        }
    }

    /**
     * Writes the image as {@code jpg}, {@code png} or {@code gif}, with nothing but pixels: no EXIF, XMP, IPTC or
     * comments.
     *
     * @param quality JPEG quality from 0 to 1; ignored for the lossless formats
     */
    static void write(RenderedImage image, String ext, Path file, float quality) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(ext.equals("jpg") ? "jpeg" : ext);
        if (!writers.hasNext()) {
            throw new IllegalStateException("No ImageIO writer for " + ext);
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (ext.equals("jpg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
