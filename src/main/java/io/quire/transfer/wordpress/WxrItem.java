package io.quire.transfer.wordpress;

import java.util.List;
import java.util.Map;

/**
 * One element of a WXR channel as read: an author ({@code wp:author}), a term ({@code wp:category},
 * {@code wp:tag}) or an item (a post, page, attachment, menu item…), with its fields by name
 * ({@code title}, {@code wp:post_id}, {@code content:encoded}…), its terms, meta and comments.
 *
 * @param kind {@code author}, {@code category}, {@code tag} or {@code item}
 * @param line where it starts in the file
 */
record WxrItem(
        String kind,
        int line,
        Map<String, String> fields,
        List<Term> terms,
        Map<String, String> meta,
        List<Map<String, String>> comments) {

    /** A category or tag an item is filed under: {@code domain} is {@code category} or {@code post_tag}. */
    record Term(String domain, String nicename, String name) {}

    String field(String name) {
        String value = fields.get(name);
        return value == null ? "" : value.strip();
    }

    /** Where the item is, for problems: its kind, WordPress id and title, and the line. */
    String where() {
        String id = field("wp:post_id");
        String title = field("title");
        String label =
                switch (kind) {
                    case "item" -> field("wp:post_type").isEmpty() ? "item" : field("wp:post_type");
                    default -> kind;
                };
        StringBuilder sb = new StringBuilder(label);
        if (!id.isEmpty()) {
            sb.append(' ').append(id);
        }
        if (!title.isEmpty()) {
            sb.append(" '")
                    .append(title.length() > 60 ? title.substring(0, 60) + "…" : title)
                    .append('\'');
        }
        return sb.append(" (line ").append(line).append(')').toString();
    }
}
