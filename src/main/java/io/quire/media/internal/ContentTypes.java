package io.quire.media.internal;

/** The content type of a stored file, from its name. */
public final class ContentTypes {

    private ContentTypes() {}

    public static String of(String name) {
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".gif")) {
            return "image/gif";
        }
        return "image/jpeg";
    }
}
