package io.quire.transfer.wordpress;

import io.quire.comment.CommentData;
import io.quire.comment.CommentStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The comments of one post as threads of Quire: pingbacks, trackbacks and trashed comments are left out, and a
 * reply whose parent was left out (or nests deeper than Quire keeps) hangs under the nearest ancestor that is in.
 */
final class CommentThreads {

    /** Top-level comments have depth 0; the reading-order path of Quire holds eight levels. */
    private static final int MAX_DEPTH = 7;

    private static final String MODERATOR = "wordpress-import";

    private final String site;
    private final UUID articleId;
    private final Map<String, String> parents = new HashMap<>();
    private final Map<String, Integer> depths = new HashMap<>();
    private final Set<String> dropped = new HashSet<>();

    CommentThreads(String site, UUID articleId) {
        this.site = site;
        this.articleId = articleId;
    }

    /** The comments with every parent before its replies, otherwise in the order given. */
    List<Map<String, String>> parentsFirst(List<Map<String, String>> comments) {
        Map<String, Map<String, String>> byId = new LinkedHashMap<>();
        comments.forEach(c -> byId.put(id(c), c));
        byId.forEach((id, c) ->
                parents.put(id, c.getOrDefault("wp:comment_parent", "0").strip()));
        List<Map<String, String>> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (String id : byId.keySet()) {
            place(id, byId, placed, ordered, new HashSet<>());
        }
        return ordered;
    }

    private void place(
            String id,
            Map<String, Map<String, String>> byId,
            Set<String> placed,
            List<Map<String, String>> ordered,
            Set<String> visiting) {
        if (placed.contains(id) || !visiting.add(id)) {
            return;
        }
        String parent = parents.get(id);
        if (byId.containsKey(parent)) {
            place(parent, byId, placed, ordered, visiting);
        }
        placed.add(id);
        ordered.add(byId.get(id));
    }

    /** The comment for Quire, or null when it is left out (a pingback, a trackback, or trashed). */
    CommentData map(Map<String, String> comment) {
        String type = comment.getOrDefault("wp:comment_type", "").strip();
        CommentStatus status = PostMapping.commentStatus(
                comment.getOrDefault("wp:comment_approved", "").strip());
        String id = id(comment);
        if (!(type.isEmpty() || type.equals("comment")) || status == null) {
            dropped.add(id);
            return null;
        }
        Instant created = WordPressText.date(comment.getOrDefault("wp:comment_date_gmt", ""));
        if (created == null) {
            created = WordPressText.date(comment.getOrDefault("wp:comment_date", ""));
        }
        String parent = ancestorKept(parents.get(id));
        int depth = parent == null ? 0 : depths.get(parent) + 1;
        while (depth > MAX_DEPTH) {
            parent = ancestorKept(parents.get(parent));
            depth = depths.get(parent) + 1;
        }
        depths.put(id, depth);
        String name = WordPressText.shorten(WordPressText.plain(comment.getOrDefault("wp:comment_author", "")), 80);
        String email =
                comment.getOrDefault("wp:comment_author_email", "").strip().toLowerCase(Locale.ROOT);
        return new CommentData(
                uuid(id),
                articleId,
                parent == null ? null : uuid(parent),
                name.isBlank() ? "Anonymous" : name,
                email.length() > 254 ? "" : email,
                WordPressText.commentText(comment.getOrDefault("wp:comment_content", "")),
                status,
                false,
                created,
                created,
                0,
                status == CommentStatus.PENDING
                        ? List.of()
                        : List.of(new CommentData.Moderation(
                                MODERATOR, null, status, "imported from WordPress", created)));
    }

    /** A comment that failed: its replies hang under its parent instead. */
    void dropped(Map<String, String> comment) {
        dropped.add(id(comment));
        depths.remove(id(comment));
    }

    private String ancestorKept(String parent) {
        Set<String> seen = new HashSet<>();
        while (parent != null && !parent.equals("0") && seen.add(parent)) {
            if (depths.containsKey(parent) && !dropped.contains(parent)) {
                return parent;
            }
            parent = parents.get(parent);
        }
        return null;
    }

    private UUID uuid(String commentId) {
        return WordPressText.id(site, "comment", articleId + ":" + commentId);
    }

    private static String id(Map<String, String> comment) {
        return comment.getOrDefault("wp:comment_id", "").strip();
    }
}
