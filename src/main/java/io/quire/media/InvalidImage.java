package io.quire.media;

import io.quire.core.web.FieldProblem;
import io.quire.core.web.ProblemException;
import java.util.List;
import org.springframework.http.HttpStatus;

/** The upload is an accepted type but cannot be taken: empty, damaged, truncated, or too many pixels: 400. */
public class InvalidImage extends ProblemException {

    public InvalidImage(String reason) {
        super(
                HttpStatus.BAD_REQUEST,
                "invalid-image",
                "The image cannot be used: " + reason,
                List.of(new FieldProblem("file", reason)));
    }
}
