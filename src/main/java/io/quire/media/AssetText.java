package io.quire.media;

import io.quire.core.domain.FieldProblem;
import io.quire.core.domain.InvalidInput;
import java.util.ArrayList;
import java.util.List;

/** What people write about an image: blank means none; too long or carrying NUL is refused naming the field. */
public record AssetText(String alt, String caption, String credit) {

    public static final int MAX_ALT = 1000;
    public static final int MAX_CAPTION = 2000;
    public static final int MAX_CREDIT = 500;
    static final String ALT = "Text for readers who cannot see the image (the `alt` of `<img>`).";
    static final String CAPTION = "What the image shows, printed under it.";
    static final String CREDIT = "Who made the image or holds its rights: a photographer, an agency.";

    public static final AssetText NONE = new AssetText(null, null, null);

    public AssetText {
        List<FieldProblem> errors = new ArrayList<>();
        alt = checked("alt", alt, MAX_ALT, errors);
        caption = checked("caption", caption, MAX_CAPTION, errors);
        credit = checked("credit", credit, MAX_CREDIT, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private static String checked(String field, String value, int max, List<FieldProblem> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.indexOf('\u0000') >= 0) {
            errors.add(new FieldProblem(field, "must not contain NUL (U+0000) characters"));
        } else if (text.length() > max) {
            errors.add(new FieldProblem(field, "size must be between 0 and " + max));
        }
        return text;
    }
}
