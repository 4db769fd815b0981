package io.quire.core.domain;

/** An explicit slug that another resource of the same kind holds. */
public class SlugTaken extends Conflict {

    /** @param kind what holds it, such as {@code article} */
    public SlugTaken(String slug, String kind) {
        super("slug-taken", "The slug '" + slug + "' is taken by another " + kind + ".", "slug");
    }
}
