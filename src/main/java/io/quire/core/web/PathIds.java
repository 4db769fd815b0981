package io.quire.core.web;

/**
 * Path variables that carry ids. Every id is a UUID, so a route's {@code {id}} matches nothing else:
 * {@code /articles/slug/comments} (an article slugged "comments") is never taken for the comments of an
 * article whose id is "slug", and a segment that is not a UUID is simply a path that does not exist (404).
 */
public final class PathIds {

    /** A UUID in its canonical text form, in either case. */
    public static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    /** The path variable {@code id}, matching a UUID only. */
    public static final String ID = "{id:" + UUID + "}";

    /** The path variable {@code deliveryId}, matching a UUID only. */
    public static final String DELIVERY_ID = "{deliveryId:" + UUID + "}";

    private PathIds() {}
}
