package io.quire.transfer.quire;

import java.util.Map;

/**
 * The line types of a Quire export (NDJSON, one JSON object a line, each {@code {"type": …, "data": …}}): the
 * header first, then users, tags, articles each page followed by the comments of its articles and their
 * old paths (redirects), webhook subscriptions (without secrets), and the end
 * line with the counts, which tells a complete file from a cut one.
 */
final class QuireRecord {

    static final String HEADER = "quire-export";
    static final int VERSION = 1;
    static final String USER = "user";
    static final String TAG = "tag";
    static final String ARTICLE = "article";
    static final String COMMENT = "comment";
    static final String REDIRECT = "redirect";
    static final String WEBHOOK = "webhook";
    static final String END = "end";

    private QuireRecord() {}

    /** The first line. */
    record Header(String type, int version, String exportedAt, String source) {}

    /** The last line: how many records of each type came before it. */
    record End(String type, Map<String, Long> counts) {}

    /** Any other line. */
    record Line(String type, Object data) {}
}
