package io.quire.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Images made by the tests themselves: good ones, ones carrying what must not survive, and broken ones. */
final class ImageFixtures {

    static final String CAMERA_SERIAL = "SN-48151623";
    static final String CAMERA_MAKE = "QuireCam";
    static final String SCRIPT = "<script>alert(1)</script>";

    private ImageFixtures() {}

    /** A gradient, with a red left half and a blue right half in its top row band. */
    static BufferedImage picture(int width, int height, boolean alpha) {
        BufferedImage image =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x336699), width, height, new Color(0x99cc33)));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        if (alpha) {
            g.setComposite(java.awt.AlphaComposite.Clear);
            g.fillRect(0, 0, width / 4, height / 4);
        }
        g.dispose();
        return image;
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, false), "jpg");
    }

    /** A JPEG no other call makes: a few random pixels in its corner. */
    static byte[] uniqueJpeg(int width, int height) {
        return encode(unique(picture(width, height, false)), "jpg");
    }

    static BufferedImage unique(BufferedImage image) {
        java.util.Random random = new java.util.Random();
        for (int x = 0; x < 8; x++) {
            image.setRGB(x, image.getHeight() - 1, random.nextInt(0xFFFFFF));
        }
        return image;
    }

    static byte[] png(int width, int height) {
        return encode(picture(width, height, true), "png");
    }

    static byte[] gif(int width, int height) {
        return encode(picture(width, height, false), "gif");
    }

    /**
     * A JPEG whose EXIF block says the camera was turned (orientation 6: shown turned 90° clockwise) and carries
     * a GPS position, the camera's make and its serial number.
     */
    static byte[] jpegWithExif(int width, int height) {
        byte[] jpeg = jpeg(width, height);
        byte[] app1 = app1(exif());
        byte[] result = new byte[jpeg.length + app1.length];
        // After SOI (FF D8), before everything else.
        System.arraycopy(jpeg, 0, result, 0, 2);
        System.arraycopy(app1, 0, result, 2, app1.length);
        System.arraycopy(jpeg, 2, result, 2 + app1.length, jpeg.length - 2);
        return result;
    }

    private static byte[] app1(byte[] tiff) {
        byte[] id = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + id.length + tiff.length;
        ByteBuffer segment = ByteBuffer.allocate(2 + length).order(ByteOrder.BIG_ENDIAN);
        segment.put((byte) 0xFF)
                .put((byte) 0xE1)
                .putShort((short) length)
                .put(id)
                .put(tiff);
        return segment.array();
    }

    /** A little-endian TIFF structure: IFD0 (orientation, make, GPS and EXIF pointers), the GPS IFD, the EXIF IFD. */
    private static byte[] exif() {
        ByteBuffer b = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        int ifd0 = 8;
        int ifd0Entries = 4;
        int gpsIfd = ifd0 + 2 + ifd0Entries * 12 + 4;
        int gpsEntries = 4;
        int exifIfd = gpsIfd + 2 + gpsEntries * 12 + 4;
        int exifEntries = 1;
        int data = exifIfd + 2 + exifEntries * 12 + 4;
        int make = data;
        int serial = make + 16;
        int latitude = serial + 16;
        int longitude = latitude + 24;

        b.position(ifd0);
        b.putShort((short) ifd0Entries);
        entry(b, 0x010F, 2, CAMERA_MAKE.length() + 1, make);
        entry(b, 0x0112, 3, 1, 6);
        entry(b, 0x8769, 4, 1, exifIfd);
        entry(b, 0x8825, 4, 1, gpsIfd);
        b.putInt(0);

        b.position(gpsIfd);
        b.putShort((short) gpsEntries);
        entry(b, 0x0001, 2, 2, 'N');
        entry(b, 0x0002, 5, 3, latitude);
        entry(b, 0x0003, 2, 2, 'E');
        entry(b, 0x0004, 5, 3, longitude);
        b.putInt(0);

        b.position(exifIfd);
        b.putShort((short) exifEntries);
        entry(b, 0xA431, 2, CAMERA_SERIAL.length() + 1, serial);
        b.putInt(0);

        b.position(make);
        b.put((CAMERA_MAKE + "\0").getBytes(StandardCharsets.US_ASCII));
        b.position(serial);
        b.put((CAMERA_SERIAL + "\0").getBytes(StandardCharsets.US_ASCII));
        b.position(latitude);
        b.putInt(52).putInt(1).putInt(31).putInt(1).putInt(1234).putInt(100);
        b.position(longitude);
        b.putInt(13).putInt(1).putInt(24).putInt(1).putInt(5678).putInt(100);
        return Arrays.copyOf(b.array(), longitude + 24);
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count);
        if (type == 3) {
            b.putShort((short) value).putShort((short) 0);
        } else {
            b.putInt(value);
        }
    }

    /**
     * A lossless WebP (VP8L) of one colour, written from the format's specification: every prefix code is a
     * "simple" code of one symbol, so each pixel takes no bits at all. Sixteen zero bytes follow the bitstream
     * in its chunk, as decoders read a few bytes ahead.
     */
    static byte[] webp(int width, int height, int red, int green, int blue) {
        return webp(width, height, red, green, blue, 16);
    }

    /**
     * @param padding zero bytes after the bitstream; with none, a decoder reading ahead is at the end of the data
     *         for every pixel
     */
    static byte[] webp(int width, int height, int red, int green, int blue, int padding) {
        Bits bits = new Bits();
        bits.put(0x2f, 8).put(width - 1, 14).put(height - 1, 14).put(0, 1).put(0, 3);
        bits.put(0, 1); // no transform
        bits.put(0, 1); // no colour cache
        bits.put(0, 1); // no meta prefix codes
        for (int symbol : new int[] {green, red, blue, 255, 0}) {
            bits.put(1, 1).put(0, 1).put(1, 1).put(symbol, 8);
        }
        byte[] data = Arrays.copyOf(bits.bytes(), bits.bytes().length + padding);
        int chunk = data.length + data.length % 2;
        ByteBuffer riff = ByteBuffer.allocate(20 + chunk).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + chunk);
        riff.put("WEBP".getBytes(StandardCharsets.US_ASCII));
        riff.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return riff.array();
    }

    private static final class Bits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int used;

        Bits put(int value, int count) {
            for (int i = 0; i < count; i++) {
                current |= (value >> i & 1) << used;
                if (++used == 8) {
                    out.write(current);
                    current = 0;
                    used = 0;
                }
            }
            return this;
        }

        byte[] bytes() {
            if (used > 0) {
                out.write(current);
                current = 0;
                used = 0;
            }
            return out.toByteArray();
        }
    }

    /** A PNG of a few hundred bytes whose header declares this many pixels (a decompression bomb). */
    static byte[] pngDeclaring(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
        ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** The first half of a JPEG. */
    static byte[] truncatedJpeg() {
        byte[] jpeg = jpeg(800, 600);
        return Arrays.copyOf(jpeg, jpeg.length / 2);
    }

    /** A GIF that is also an HTML page with a script and a ZIP archive (GIF, then markup, then the archive). */
    static byte[] gifZipHtmlPolyglot() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(gif(120, 80));
        out.writeBytes(("<html><body>" + SCRIPT + "</body></html>").getBytes(StandardCharsets.US_ASCII));
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write(SCRIPT.getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] svg() {
        return ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                        + SCRIPT + "<rect width=\"10\" height=\"10\"/></svg>")
                .getBytes(StandardCharsets.UTF_8);
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
