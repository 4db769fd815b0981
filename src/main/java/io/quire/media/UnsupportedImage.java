package io.quire.media;

import io.quire.core.domain.FieldProblem;
import io.quire.core.domain.UnsupportedContent;
import java.util.List;

/** The upload is not an accepted image (JPEG, PNG, GIF, WebP), or its bytes disagree with its name. */
public class UnsupportedImage extends UnsupportedContent {

    public UnsupportedImage(String reason) {
        super(
                "unsupported-image",
                "The file is not an image Quire accepts: " + reason,
                List.of(new FieldProblem("file", reason)));
    }
}
