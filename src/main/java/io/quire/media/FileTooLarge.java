package io.quire.media;

import io.quire.core.domain.FieldProblem;
import io.quire.core.domain.TooLarge;
import java.util.List;

/** The upload is larger than {@code cms.media.max-file-size}; refused without reading the rest. */
public class FileTooLarge extends TooLarge {

    public FileTooLarge(long maxBytes) {
        super(
                "file-too-large",
                "The file is larger than the " + maxBytes + " bytes this server accepts.",
                List.of(new FieldProblem("file", "must be at most " + maxBytes + " bytes")));
    }
}
