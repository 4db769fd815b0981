package io.quire.media;

import java.io.IOException;
import java.io.InputStream;

/** A file as it arrives: its name as the client gave it, and its bytes, read once as a stream. */
public interface Upload {

    /** The client's name for the file, possibly with a path or blank. */
    String filename();

    InputStream open() throws IOException;
}
