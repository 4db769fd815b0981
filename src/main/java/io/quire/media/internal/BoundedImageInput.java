package io.quire.media.internal;

import java.io.File;
import java.io.IOException;
import javax.imageio.IIOException;
import javax.imageio.stream.FileImageInputStream;

/**
 * An image file for decoders that stops a decoder reading on and on past its end. Some decoders take the end
 * of the data as zeros and go on (TwelveMonkeys' WebP reader does, once per pixel, at the cost of an exception
 * each): a small file declaring many pixels would then keep a processor busy for minutes. Past a bound, reading
 * beyond the end is a damaged image.
 */
final class BoundedImageInput extends FileImageInputStream {

    /** Reads past the end a well-formed image may need (decoders look ahead a few bytes near the end). */
    static final int MAX_READS_PAST_END = 16 * 1024;

    private int readsPastEnd;

    BoundedImageInput(File file) throws IOException {
        super(file);
    }

    @Override
    public int read() throws IOException {
        return counted(super.read());
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        return counted(super.read(buffer, offset, length));
    }

    private int counted(int result) throws IIOException {
        if (result < 0 && ++readsPastEnd > MAX_READS_PAST_END) {
            throw new IIOException("The image data ends before its pixels do");
        }
        return result;
    }
}
