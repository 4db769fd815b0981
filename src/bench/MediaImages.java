import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;

/**
 * Draws the media benchmark's JPEGs with Java2D (no downloaded pictures), each different so that content addressing
 * stores every one: {@code photo-N.jpg}, 4000 × 3000 (12 megapixels), and {@code large-N.jpg}, noise encoded at
 * full quality to just under 20 MB.
 *
 * <p>{@code java src/bench/MediaImages.java DIR PHOTOS LARGE}
 */
public class MediaImages {

    public static void main(String[] args) throws IOException {
        File dir = new File(args[0]);
        int photos = Integer.parseInt(args[1]);
        int large = Integer.parseInt(args[2]);
        for (int i = 0; i < photos; i++) {
            write(photo(4000, 3000, i), 0.9f, new File(dir, "photo-" + i + ".jpg"));
        }
        for (int i = 0; i < large; i++) {
            File file = new File(dir, "large-" + i + ".jpg");
            int side = 2600;
            for (int attempt = 0; attempt < 6; attempt++) {
                write(noise(side, side * 3 / 4, 1000 + i), 1.0f, file);
                double ratio = 19.5e6 / file.length();
                if (ratio > 0.97 && ratio < 1.0) {
                    break;
                }
                side = (int) (side * Math.sqrt(ratio * 0.985));
            }
        }
    }

    private static BufferedImage photo(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Random random = new Random(seed);
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt()), width, height, new Color(random.nextInt())));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(random.nextInt(), true));
            g.fillOval(random.nextInt(width), random.nextInt(height), 40 + random.nextInt(600), 40 + random.nextInt(600));
        }
        g.dispose();
        return image;
    }

    private static BufferedImage noise(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    private static void write(BufferedImage image, float quality, File file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        file.delete();
        try (FileImageOutputStream out = new FileImageOutputStream(file)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
