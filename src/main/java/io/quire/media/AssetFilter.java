package io.quire.media;

import io.quire.core.domain.FieldProblem;
import io.quire.core.domain.InvalidInput;
import io.quire.media.internal.ImageFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * What a list of assets is narrowed to: {@code q} found in the filename, alt text, caption or credit (ignoring
 * case), and one content type. Either may be absent.
 */
public record AssetFilter(String q, String contentType) {

    public static final int MAX_QUERY = 200;

    public AssetFilter {
        List<FieldProblem> errors = new ArrayList<>();
        q = q == null || q.isBlank() ? null : q.strip();
        if (q != null && (q.length() > MAX_QUERY || q.indexOf('\u0000') >= 0)) {
            errors.add(new FieldProblem("q", "must be at most " + MAX_QUERY + " characters of text"));
        }
        contentType = contentType == null || contentType.isBlank() ? null : contentType.strip();
        if (contentType != null && ImageFormat.ofContentType(contentType).isEmpty()) {
            errors.add(new FieldProblem("contentType", "must be one of image/jpeg, image/png, image/gif, image/webp"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
