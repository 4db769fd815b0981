package io.quire.demo;

import io.quire.core.security.Caller;
import io.quire.media.AssetText;
import io.quire.media.AssetUploads;
import io.quire.media.AssetView;
import io.quire.media.Upload;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * Three pictures for the demo articles, drawn here (no downloaded images) and uploaded through the media
 * module like any other: a tram line at dusk, a chart of the heat pump subsidy, and a chip on its board.
 */
@Component
class DemoImages {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;

    private final AssetUploads uploads;

    DemoImages(AssetUploads uploads) {
        this.uploads = uploads;
    }

    /** The pictures' asset ids by file name. */
    Map<String, UUID> upload(Caller admin) throws IOException {
        Map<String, UUID> uploaded = new HashMap<>();
        for (Picture picture : List.of(
                new Picture(
                        "tram-line-dusk.jpg",
                        "jpg",
                        DemoImages::tramAtDusk,
                        new AssetText(
                                "A tram crossing a bridge at dusk, city lights behind it",
                                "The eastern extension will add six stops in its first phase.",
                                "Illustration: Quire demo")),
                new Picture(
                        "heat-pump-subsidy.png",
                        "png",
                        DemoImages::subsidyChart,
                        new AssetText(
                                "Bar chart: the subsidy covers up to 40 percent of the cost, capped at 8,000",
                                "How much of a heat pump the subsidy pays, by installation cost.",
                                "Chart: Quire demo")),
                new Picture(
                        "gpu-board.jpg",
                        "jpg",
                        DemoImages::chipOnBoard,
                        new AssetText(
                                "A large processor chip on a green circuit board",
                                "Data-centre GPUs above the threshold need an export licence.",
                                "Illustration: Quire demo")))) {
            byte[] bytes = picture.encoded();
            AssetView asset = uploads.upload(
                    new Upload() {
                        @Override
                        public String filename() {
                            return picture.filename();
                        }

                        @Override
                        public InputStream open() {
                            return new ByteArrayInputStream(bytes);
                        }
                    },
                    picture.text(),
                    admin);
            uploaded.put(picture.filename(), asset.id());
        }
        return uploaded;
    }

    private record Picture(String filename, String format, Consumer<Graphics2D> drawing, AssetText text) {

        byte[] encoded() {
            BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            drawing.accept(g);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ImageIO.write(image, format, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    private static void tramAtDusk(Graphics2D g) {
        g.setPaint(new GradientPaint(0, 0, new Color(0x1d2b53), 0, HEIGHT * 0.7f, new Color(0xf4a259)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0xffe8a3));
        g.fill(new Ellipse2D.Double(1180, 420, 140, 140));
        for (int i = 0; i < 28; i++) {
            int w = 40 + (i * 37) % 70;
            int h = 120 + (i * 53) % 260;
            int x = i * 60 - 20;
            g.setColor(new Color(0x22223b));
            g.fillRect(x, 560 - h, w, h);
            g.setColor(new Color(0xf2e9e4));
            for (int y = 580 - h; y < 540; y += 28) {
                if ((x + y) % 3 != 0) {
                    g.fillRect(x + 8, y, 6, 10);
                }
            }
        }
        g.setColor(new Color(0x4a4e69));
        g.fillRect(0, 640, WIDTH, 40);
        for (int x = 40; x < WIDTH; x += 160) {
            g.fillRect(x, 680, 24, 220);
        }
        g.setColor(new Color(0xc9184a));
        g.fillRoundRect(420, 540, 760, 110, 30, 30);
        g.setColor(new Color(0xcaf0f8));
        for (int x = 450; x < 1140; x += 90) {
            g.fillRoundRect(x, 560, 70, 45, 8, 8);
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(4));
        g.drawLine(0, 520, WIDTH, 520);
        g.drawLine(800, 520, 760, 540);
    }

    private static void subsidyChart(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0x222222));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 48));
        g.drawString("Heat pump subsidy by installation cost", 100, 110);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
        int[] costs = {8_000, 12_000, 16_000, 20_000, 24_000, 28_000};
        for (int i = 0; i < costs.length; i++) {
            int subsidy = Math.min(8_000, costs[i] * 40 / 100);
            int x = 140 + i * 230;
            int full = costs[i] / 45;
            int paid = subsidy / 45;
            g.setColor(new Color(0xd9d9d9));
            g.fillRect(x, 780 - full, 150, full);
            g.setColor(new Color(0x2a9d8f));
            g.fillRect(x, 780 - paid, 150, paid);
            g.setColor(new Color(0x222222));
            g.drawString(costs[i] / 1000 + "k", x + 45, 830);
            g.drawString(subsidy / 1000 + "k", x + 45, 770 - paid);
        }
        g.setStroke(new BasicStroke(3));
        g.drawLine(100, 780, WIDTH - 100, 780);
    }

    private static void chipOnBoard(Graphics2D g) {
        g.setPaint(new GradientPaint(0, 0, new Color(0x1b4332), WIDTH, HEIGHT, new Color(0x081c15)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0xd4a373));
        for (int i = 0; i < 24; i++) {
            Path2D trace = new Path2D.Double();
            int y = 60 + i * 34;
            trace.moveTo(0, y);
            trace.lineTo(300 + (i % 5) * 20, y);
            trace.lineTo(480, 250 + i * 17);
            trace.lineTo(560, 250 + i * 17);
            g.draw(trace);
            Path2D right = new Path2D.Double();
            right.moveTo(WIDTH, y);
            right.lineTo(WIDTH - 300 - (i % 5) * 20, y);
            right.lineTo(WIDTH - 480, 250 + i * 17);
            right.lineTo(WIDTH - 560, 250 + i * 17);
            g.draw(right);
        }
        g.setColor(new Color(0x6c757d));
        g.fillRoundRect(560, 200, 480, 480, 24, 24);
        g.setPaint(new GradientPaint(600, 240, new Color(0x343a40), 1000, 640, new Color(0x111111)));
        g.fillRoundRect(600, 240, 400, 400, 16, 16);
        g.setColor(new Color(0xadb5bd));
        g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 54));
        g.drawString("QX-9000", 680, 455);
    }
}
