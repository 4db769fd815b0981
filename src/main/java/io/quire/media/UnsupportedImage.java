package io.quire.media;

import io.quire.core.web.FieldProblem;
import io.quire.core.web.ProblemException;
import java.util.List;
import org.springframework.http.HttpStatus;

/** The upload is not an accepted image (JPEG, PNG, GIF, WebP), or its bytes disagree with its name: 415. */
public class UnsupportedImage extends ProblemException {

    public UnsupportedImage(String reason) {
        super(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unsupported-image",
                "The file is not an image Quire accepts: " + reason,
                List.of(new FieldProblem("file", reason)));
    }
}
