package io.quire.media;

import io.quire.core.domain.FieldProblem;
import io.quire.core.domain.InvalidInput;
import java.util.List;

/** The upload is an accepted type but cannot be taken: empty, damaged, truncated, or too many pixels. */
public class InvalidImage extends InvalidInput {

    public InvalidImage(String reason) {
        super("invalid-image", "The image cannot be used: " + reason, List.of(new FieldProblem("file", reason)));
    }
}
