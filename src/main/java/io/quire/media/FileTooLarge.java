package io.quire.media;

import io.quire.core.web.FieldProblem;
import io.quire.core.web.ProblemException;
import java.util.List;
import org.springframework.http.HttpStatus;

/** The upload is larger than {@code cms.media.max-file-size}: 413, answered without reading the rest. */
public class FileTooLarge extends ProblemException {

    public FileTooLarge(long maxBytes) {
        super(
                HttpStatus.CONTENT_TOO_LARGE,
                "file-too-large",
                "The file is larger than the " + maxBytes + " bytes this server accepts.",
                List.of(new FieldProblem("file", "must be at most " + maxBytes + " bytes")));
    }
}
