package io.quire.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quire.media.internal.ImageFormat;
import io.quire.media.internal.ImageProcessor;
import io.quire.media.internal.ProcessedImage;
import io.quire.media.internal.ProcessingGate;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What becomes of an upload's bytes, without a server: orientation, metadata, renditions, refusals. */
class ImageProcessingTest {

    private final ImageProcessor processor =
            new ImageProcessor(60_000_000, List.of(320, 640, 1024, 1600, 2400), new ProcessingGate(64 << 20, 2L << 30));

    @TempDir
    Path dir;

    private ProcessedImage process(byte[] bytes, ImageFormat format) throws IOException {
        Path source = Files.write(dir.resolve("upload"), bytes);
        Path work = Files.createDirectories(dir.resolve("work-" + System.nanoTime()));
        return processor.process(source, format, work);
    }

    private static BufferedImage read(Path file) throws IOException {
        return ImageIO.read(file.toFile());
    }

    @Test
    void turnsAJpegAsTheCameraWasHeldAndKeepsNoMetadata() throws IOException {
        ProcessedImage image = process(ImageFixtures.jpegWithExif(400, 200), ImageFormat.JPEG);

        assertThat(image.width()).isEqualTo(200);
        assertThat(image.height()).isEqualTo(400);
        assertThat(image.renditionWidths()).isEmpty();
        Path original = image.files().get("original.jpg");
        BufferedImage shown = read(original);
        assertThat(shown.getWidth()).isEqualTo(200);
        // The red left half of the stored pixels is on top once turned 90° clockwise.
        assertThat(new Color(shown.getRGB(100, 50)).getRed()).isGreaterThan(200);
        assertThat(new Color(shown.getRGB(100, 350)).getBlue()).isGreaterThan(200);
        byte[] written = Files.readAllBytes(original);
        assertThat(ImageFixtures.contains(written, "Exif")).isFalse();
        assertThat(ImageFixtures.contains(written, ImageFixtures.CAMERA_SERIAL)).isFalse();
        assertThat(ImageFixtures.contains(written, ImageFixtures.CAMERA_MAKE)).isFalse();
    }

    @Test
    void makesRenditionsNarrowerThanTheImageOnly() throws IOException {
        ProcessedImage image = process(ImageFixtures.jpeg(1500, 1000), ImageFormat.JPEG);

        assertThat(image.renditionWidths()).containsExactly(320, 640, 1024);
        assertThat(image.files()).containsOnlyKeys("original.jpg", "320.jpg", "640.jpg", "1024.jpg");
        BufferedImage r640 = read(image.files().get("640.jpg"));
        assertThat(r640.getWidth()).isEqualTo(640);
        assertThat(r640.getHeight()).isEqualTo(427);
    }

    @Test
    void keepsTransparencyOfAPngInPngFiles() throws IOException {
        ProcessedImage image = process(ImageFixtures.png(700, 300), ImageFormat.PNG);

        assertThat(image.originalExt()).isEqualTo("png");
        assertThat(image.renditionWidths()).containsExactly(320, 640);
        BufferedImage rendition = read(image.files().get("320.png"));
        assertThat(rendition.getColorModel().hasAlpha()).isTrue();
        assertThat(new Color(rendition.getRGB(2, 2), true).getAlpha()).isZero();
    }

    @Test
    void writesAWebpAsJpeg() throws IOException {
        ProcessedImage image = process(ImageFixtures.webp(700, 400, 10, 200, 30), ImageFormat.WEBP);

        assertThat(image.format()).isEqualTo(ImageFormat.WEBP);
        assertThat(image.originalExt()).isEqualTo("jpg");
        assertThat(image.renditionWidths()).containsExactly(320, 640);
        Color pixel = new Color(read(image.files().get("original.jpg")).getRGB(350, 200));
        assertThat(pixel.getGreen()).isGreaterThan(180);
        assertThat(pixel.getRed()).isLessThan(40);
    }

    @Test
    void refusesAnImageWhoseDataEndsLongBeforeItsPixels() {
        // Without this bound the WebP decoder reads past the end once per pixel, for minutes on a large image.
        assertThatThrownBy(() -> process(ImageFixtures.webp(4000, 4000, 1, 2, 3, 0), ImageFormat.WEBP))
                .isInstanceOf(InvalidImage.class)
                .hasMessageContaining("damaged or truncated");
    }

    @Test
    void keepsOnlyTheImageOfAPolyglot() throws IOException {
        ProcessedImage image = process(ImageFixtures.gifZipHtmlPolyglot(), ImageFormat.GIF);

        byte[] written = Files.readAllBytes(image.files().get("original.gif"));
        assertThat(written).startsWith("GIF8".getBytes());
        assertThat(ImageFixtures.contains(written, "<script")).isFalse();
        assertThat(ImageFixtures.contains(written, "PK\u0003\u0004")).isFalse();
        assertThat(ImageFixtures.contains(written, "index.html")).isFalse();
        assertThat(read(image.files().get("original.gif")).getWidth()).isEqualTo(120);
    }

    @Test
    void refusesADeclaredDecompressionBombBeforeDecodingIt() {
        assertThatThrownBy(() -> process(ImageFixtures.pngDeclaring(100_000, 100_000), ImageFormat.PNG))
                .isInstanceOf(InvalidImage.class)
                .hasMessageContaining("100000 × 100000");
    }

    @Test
    void refusesAnImageTooLargeForTheHeapBelowTheConfiguredLimit() {
        // 256 MB of heap decode at most 14.9 megapixels at once: a 20-megapixel image is refused, not decoded.
        ImageProcessor small = new ImageProcessor(60_000_000, List.of(320), new ProcessingGate(64 << 20, 256L << 20));
        assertThatThrownBy(() -> small.process(
                        Files.write(dir.resolve("big.png"), ImageFixtures.pngDeclaring(5000, 4000)),
                        ImageFormat.PNG,
                        dir))
                .isInstanceOf(InvalidImage.class)
                .hasMessageContaining("5000 × 4000")
                .hasMessageContaining("14913080");
    }

    @Test
    void refusesATruncatedJpeg() {
        assertThatThrownBy(() -> process(ImageFixtures.truncatedJpeg(), ImageFormat.JPEG))
                .isInstanceOf(InvalidImage.class)
                .hasMessageContaining("truncated");
    }
}
