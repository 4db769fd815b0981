package io.quire.transfer.quire;

import java.io.IOException;
import java.io.Reader;

/** Lines of a text, each at most a given length: a longer one is skipped whole and reported, never held. */
final class Lines {

    /** Stands for a line over the limit. */
    static final String TOO_LONG = new String("(too long)");

    private final Reader reader;
    private final int max;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private int number;

    Lines(Reader reader, int max) {
        this.reader = reader;
        this.max = max;
    }

    /** The next line without its line break, {@link #TOO_LONG}, or null at the end. */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = reader.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            char c = buffer[position++];
            if (c == '\n') {
                break;
            }
            if (!tooLong && line.length() < max) {
                line.append(c);
            } else {
                tooLong = true;
                line.setLength(0);
            }
        }
        number++;
        if (tooLong) {
            return TOO_LONG;
        }
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }

    /** The number of the line last read (from 1). */
    int number() {
        return number;
    }
}
