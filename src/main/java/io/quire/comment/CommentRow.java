package io.quire.comment;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** A comment from elsewhere ready to insert, with its place in the thread, as {@link Comment} computes it. */
record CommentRow(CommentData data, int depth, String path, String bodyHash, int[] replies) {

    private static final int MAX_PATH = 200;

    static String problemOf(CommentData c) {
        if (c.id() == null || c.articleId() == null || c.status() == null) {
            return "a comment needs an id, an article and a status";
        }
        if (c.createdAt() == null || c.updatedAt() == null) {
            return "a comment needs its creation and change times";
        }
        if (c.authorName() == null
                || c.authorName().length() > 80
                || !c.removed() && c.authorName().isBlank()) {
            return "an author name has 1 to 80 characters";
        }
        if (c.authorEmail() == null || c.authorEmail().length() > 254) {
            return "an e-mail address has at most 254 characters";
        }
        if (c.body() == null
                || c.body().length() > 5_000
                || !c.removed() && c.body().isBlank()) {
            return "a comment has 1 to 5,000 characters";
        }
        if (c.moderations() == null) {
            return "a comment needs its moderation log (empty when there is none)";
        }
        for (CommentData.Moderation m : c.moderations()) {
            if (m.moderator() == null
                    || m.moderator().isBlank()
                    || m.moderator().length() > 40) {
                return "a moderation decision names its moderator (at most 40 characters)";
            }
            if (m.to() == null
                    || m.createdAt() == null
                    || m.reason() != null && m.reason().length() > 200) {
                return "a moderation decision needs the state it set and its time (a reason of at most 200)";
            }
        }
        return null;
    }

    /**
     * The row for the comment under {@code parent} (null: top level), keyed as {@link Comment} keys it; null
     * when the thread is too deep for its path.
     */
    static CommentRow of(CommentData c, CommentImport.Place parent) {
        String key = String.format(
                Locale.ROOT,
                "%013d.%s",
                c.createdAt().toEpochMilli(),
                c.id().toString().substring(0, 8));
        String path = parent == null ? key : parent.path() + "/" + key;
        if (path.length() > MAX_PATH) {
            return null;
        }
        return new CommentRow(
                c, parent == null ? 0 : parent.depth() + 1, path, SpamFilter.fingerprint(c.body()), new int[1]);
    }

    boolean isPublic() {
        return data.status() == CommentStatus.APPROVED && !data.removed();
    }

    /**
     * Counts each new comment's visible replies among the new ones, deepest first, as the moderation
     * recount does: approved replies, and placeholders that still have some.
     *
     * @return the parents outside these rows, whose counts the database must recount
     */
    static Set<UUID> countReplies(Map<UUID, CommentRow> rows) {
        Set<UUID> outside = new HashSet<>();
        List<CommentRow> deepestFirst = rows.values().stream()
                .sorted((a, b) -> Integer.compare(b.depth(), a.depth()))
                .toList();
        for (CommentRow row : deepestFirst) {
            UUID parentId = row.data().parentId();
            if (parentId == null) {
                continue;
            }
            CommentRow parent = rows.get(parentId);
            if (parent == null) {
                outside.add(parentId);
            } else if (row.isPublic() || row.replies()[0] > 0) {
                parent.replies()[0]++;
            }
        }
        return outside;
    }

    static void insert(JdbcTemplate jdbc, Collection<CommentRow> rows) {
        jdbc.batchUpdate("""
                insert into comments (id, article_id, parent_id, author_name, author_email, body, status, created_at,
                    updated_at, version, depth, thread_path, reply_count, removed, body_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, rows.size(), (ps, row) -> {
            CommentData c = row.data();
            ps.setObject(1, c.id());
            ps.setObject(2, c.articleId());
            if (c.parentId() == null) {
                ps.setNull(3, java.sql.Types.OTHER);
            } else {
                ps.setObject(3, c.parentId());
            }
            ps.setString(4, c.authorName());
            ps.setString(5, c.authorEmail());
            ps.setString(6, c.body());
            ps.setString(7, c.status().name());
            ps.setObject(8, CommentImport.utc(c.createdAt()));
            ps.setObject(9, CommentImport.utc(c.updatedAt()));
            ps.setLong(10, c.version());
            ps.setInt(11, row.depth());
            ps.setString(12, row.path());
            ps.setInt(13, row.replies()[0]);
            ps.setBoolean(14, c.removed());
            ps.setString(15, row.bodyHash());
        });
        List<Object[]> moderations = new java.util.ArrayList<>();
        for (CommentRow row : rows) {
            for (CommentData.Moderation m : row.data().moderations()) {
                moderations.add(new Object[] {
                    UUID.randomUUID(),
                    row.data().id(),
                    m.moderator(),
                    m.from() == null ? null : m.from().name(),
                    m.to().name(),
                    m.reason(),
                    CommentImport.utc(m.createdAt())
                });
            }
        }
        jdbc.batchUpdate("""
                insert into comment_moderations (id, comment_id, moderator, from_status, to_status, reason, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""", moderations);
    }
}
