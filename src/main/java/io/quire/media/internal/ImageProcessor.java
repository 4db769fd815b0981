package io.quire.media.internal;

import io.quire.media.InvalidImage;
import io.quire.media.UnsupportedImage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Turns an upload into the files the public may see. It reads the declared size from the header first and
 * refuses an absurd one before a pixel is decoded; decodes with the reader of the format the bytes begin;
 * refuses damaged or truncated data; applies the EXIF orientation; and writes the original and each rendition
 * anew, so nothing of the upload but its pixels survives (no metadata, nothing appended to a polyglot).
 */
public final class ImageProcessor {

    private final long maxPixels;
    private final List<Integer> widths;
    private final ProcessingGate gate;

    /** @param widths the rendition widths, ascending */
    public ImageProcessor(long maxPixels, List<Integer> widths, ProcessingGate gate) {
        this.maxPixels = maxPixels;
        this.widths = List.copyOf(widths);
        this.gate = gate;
    }

    /** Writes the files of the image into the work folder. */
    public ProcessedImage process(Path source, ImageFormat format, Path workDir) throws IOException {
        try (ImageInputStream in = new BoundedImageInput(source.toFile())) {
            ImageReader reader = readerFor(format, in);
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                long pixels = (long) width * height;
                if (width < 1 || height < 1) {
                    throw new InvalidImage("declares no pixels");
                }
                long limit = Math.min(maxPixels, gate.largestImage());
                if (pixels > limit) {
                    throw new InvalidImage(String.format(
                            Locale.ROOT,
                            "declares %d × %d pixels, more than the %d this server accepts",
                            width,
                            height,
                            limit));
                }
                try (ProcessingGate.Permit permit = gate.enter(pixels)) {
                    BufferedImage image = decode(reader);
                    int orientation = format == ImageFormat.JPEG ? Orientation.of(source) : 1;
                    return write(image, format, orientation, workDir);
                }
            } finally {
                reader.dispose();
            }
        } catch (IIOException | java.io.EOFException e) {
            throw new InvalidImage("is damaged or truncated and cannot be decoded");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting to process an image");
        } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            // What decoders throw on crafted data that passes their header checks.
            throw new InvalidImage("is damaged and cannot be decoded");
        }
    }

    private static ImageReader readerFor(ImageFormat format, ImageInputStream in) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName());
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (reader.getOriginatingProvider().canDecodeInput(in)) {
                return reader;
            }
        }
        throw new UnsupportedImage("its bytes are not a " + format.name() + " image that can be read");
    }

    private static BufferedImage decode(ImageReader reader) throws IOException {
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        BufferedImage image = reader.read(0, reader.getDefaultReadParam());
        for (String warning : warnings) {
            String text = warning.toLowerCase(Locale.ROOT);
            if (text.contains("premature end") || text.contains("truncated") || text.contains("missing eoi")) {
                throw new InvalidImage("is truncated");
            }
        }
        return image;
    }

    private ProcessedImage write(BufferedImage decoded, ImageFormat format, int orientation, Path workDir)
            throws IOException {
        boolean alpha = decoded.getColorModel().hasAlpha();
        boolean photo = format == ImageFormat.JPEG || format == ImageFormat.WEBP && !alpha;
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        String renditionExt = photo ? "jpg" : "png";
        String originalExt = format == ImageFormat.GIF ? "gif" : renditionExt;

        Map<String, Path> files = new LinkedHashMap<>();
        BufferedImage image = Orientation.apply(decoded, orientation, type);
        // A palette image (GIF, small PNGs) keeps its palette in the original.
        BufferedImage original = image.getType() == BufferedImage.TYPE_BYTE_INDEXED && !photo
                ? image
                : ImageFiles.normalized(image, type);
        files.put("original." + originalExt, file(workDir, "original." + originalExt));
        ImageFiles.write(original, originalExt, files.get("original." + originalExt), ImageFiles.ORIGINAL_QUALITY);

        List<Integer> made = new ArrayList<>();
        BufferedImage source = original;
        for (int i = widths.size() - 1; i >= 0; i--) {
            int width = widths.get(i);
            if (width >= image.getWidth()) {
                continue;
            }
            int height = heightAt(width, image.getWidth(), image.getHeight());
            BufferedImage rendition = ImageFiles.scaled(source, width, height, type);
            String name = width + "." + renditionExt;
            files.put(name, file(workDir, name));
            ImageFiles.write(rendition, renditionExt, files.get(name), ImageFiles.RENDITION_QUALITY);
            source = rendition;
            made.add(0, width);
        }
        return new ProcessedImage(format, image.getWidth(), image.getHeight(), originalExt, renditionExt, made, files);
    }

    /** The height of a rendition this wide, keeping the aspect ratio; at least one pixel. */
    public static int heightAt(int width, int fullWidth, int fullHeight) {
        return (int) Math.max(1, Math.round((double) fullHeight * width / fullWidth));
    }

    private static Path file(Path workDir, String name) {
        return workDir.resolve(name);
    }
}
