package io.quire.demo;

import io.quire.core.text.Slugs;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.stereotype.Component;

/**
 * Plain JDBC batch inserts of synthetic rows, in the shape the article, tag and comment modules
 * write them (same columns, same derived values), for the SQL that runs on H2 and PostgreSQL.
 * The callers hold the transactions.
 */
@Component
class SeedWriter {

    /** A tag of the pool: its id, name and slug. */
    record SeedTag(UUID id, String name, String slug) {}

    private static final String EDITOR = "admin";

    private final JdbcTemplate jdbc;

    SeedWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasArticles() {
        return !jdbc.queryForList("select id from articles fetch first 1 rows only")
                .isEmpty();
    }

    /**
     * Inserts the tags whose name and slug are both free and returns the whole pool in order:
     * an existing tag with the same name takes the new one's place.
     */
    List<SeedTag> tags(List<String> names, Instant now) {
        Map<String, SeedTag> existing = new HashMap<>();
        Set<String> takenSlugs = new HashSet<>();
        jdbc.query("select id, name, name_key, slug from tags", rs -> {
            existing.put(rs.getString(3), new SeedTag(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(4)));
            takenSlugs.add(rs.getString(4));
        });
        List<SeedTag> pool = new ArrayList<>(names.size());
        List<SeedTag> fresh = new ArrayList<>();
        for (String name : names) {
            SeedTag same = existing.get(name.toLowerCase(Locale.ROOT));
            if (same != null) {
                pool.add(same);
                continue;
            }
            String slug = Slugs.derive(name, "tag");
            if (takenSlugs.add(slug)) {
                SeedTag tag = new SeedTag(UUID.randomUUID(), name, slug);
                pool.add(tag);
                fresh.add(tag);
            }
        }
        jdbc.batchUpdate("""
                insert into tags (id, name, name_key, slug, description, article_count, created_at, updated_at, version)
                values (?, ?, ?, ?, null, 0, ?, ?, 0)""", fresh, 1_000, (ps, tag) -> {
            ps.setObject(1, tag.id());
            ps.setString(2, tag.name());
            ps.setString(3, tag.name().toLowerCase(Locale.ROOT));
            ps.setString(4, tag.slug());
            timestamp(ps, 5, now);
            timestamp(ps, 6, now);
        });
        return pool;
    }

    /** One batch of published articles with their tags, first revision, comments and moderation log. */
    void articles(List<SyntheticArticles.Article> articles, List<SeedTag> tags, UUID authorId) {
        insert("""
                insert into articles (id, slug, title, summary, body, body_html, status, published_at, scheduled_at,
                    author_id, comment_count, reading_time_minutes, created_at, updated_at, version, comments_open)
                values (?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, null, ?, ?, ?, ?, ?, 1, true)""", articles, (ps, a) -> {
            ps.setObject(1, a.id());
            ps.setString(2, a.slug());
            ps.setString(3, a.title());
            ps.setString(4, a.summary());
            ps.setString(5, a.body().markdown());
            ps.setString(6, a.body().html());
            timestamp(ps, 7, a.publishedAt());
            ps.setObject(8, authorId);
            ps.setInt(9, a.comments().size());
            ps.setInt(10, a.body().readingTimeMinutes());
            timestamp(ps, 11, a.createdAt());
            timestamp(ps, 12, a.publishedAt());
        });
        List<Object[]> links = new ArrayList<>(articles.size() * 3);
        for (var article : articles) {
            for (int tag : article.tags()) {
                links.add(new Object[] {article.id(), tags.get(tag).id(), article.publishedAt()});
            }
        }
        // Each link carries the publication time of its (published) article, as the article module keeps it.
        insert("insert into article_tags (article_id, tag_id, published_at) values (?, ?, ?)", links, (ps, link) -> {
            ps.setObject(1, link[0]);
            ps.setObject(2, link[1]);
            timestamp(ps, 3, (Instant) link[2]);
        });
        insert("""
                insert into article_revisions (id, article_id, number, created_at, editor, title, slug, summary, body, tags)
                values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?)""", articles, (ps, a) -> {
            ps.setObject(1, a.revisionId());
            ps.setObject(2, a.id());
            timestamp(ps, 3, a.createdAt());
            ps.setString(4, EDITOR);
            ps.setString(5, a.title());
            ps.setString(6, a.slug());
            ps.setString(7, a.summary());
            ps.setString(8, a.body().markdown());
            ps.setString(9, revisionTags(a, tags));
        });
        comments(articles);
    }

    private void comments(List<SyntheticArticles.Article> articles) {
        List<Object[]> comments = new ArrayList<>();
        for (var article : articles) {
            for (var comment : article.comments()) {
                comments.add(new Object[] {article.id(), comment});
            }
        }
        insert("""
                insert into comments (id, article_id, parent_id, author_name, author_email, body, status, created_at,
                    updated_at, version, depth, thread_path, reply_count, removed, body_hash)
                values (?, ?, ?, ?, ?, ?, 'APPROVED', ?, ?, 1, ?, ?, ?, false, ?)""", comments, (ps, row) -> {
            var c = (SyntheticArticles.Comment) row[1];
            ps.setObject(1, c.id());
            ps.setObject(2, row[0]);
            if (c.parentId() == null) {
                ps.setNull(3, Types.OTHER);
            } else {
                ps.setObject(3, c.parentId());
            }
            ps.setString(4, c.authorName());
            ps.setString(5, c.authorEmail());
            ps.setString(6, c.body());
            timestamp(ps, 7, c.createdAt());
            timestamp(ps, 8, c.approvedAt());
            ps.setInt(9, c.depth());
            ps.setString(10, c.threadPath());
            ps.setInt(11, c.replyCount());
            ps.setString(12, c.bodyHash());
        });
        insert("""
                insert into comment_moderations (id, comment_id, moderator, from_status, to_status, reason, created_at)
                values (?, ?, ?, 'PENDING', 'APPROVED', null, ?)""", comments, (ps, row) -> {
            var c = (SyntheticArticles.Comment) row[1];
            ps.setObject(1, c.moderationId());
            ps.setObject(2, c.id());
            ps.setString(3, EDITOR);
            timestamp(ps, 4, c.approvedAt());
        });
    }

    /**
     * Sets every tag's {@code article_count} from one grouped query over {@code article_tags}, whose
     * {@code published_at} is set exactly for links to published articles, as the article module counts
     * them: no join with the (large) article rows.
     */
    int recountTags() {
        List<Object[]> counts = jdbc.query(
                "select tag_id, count(*) from article_tags where published_at is not null group by tag_id",
                (rs, n) -> new Object[] {rs.getInt(2), rs.getObject(1, UUID.class)});
        jdbc.update("update tags set article_count = 0 where article_count <> 0");
        jdbc.batchUpdate("update tags set article_count = ? where id = ?", counts);
        return counts.size();
    }

    private <T> void insert(String sql, Collection<T> rows, ParameterizedPreparedStatementSetter<T> setter) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows, rows.size(), setter);
        }
    }

    private static String revisionTags(SyntheticArticles.Article article, List<SeedTag> tags) {
        List<String> names = new ArrayList<>(article.tags().length);
        for (int tag : article.tags()) {
            names.add(tags.get(tag).name());
        }
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return String.join("\n", names);
    }

    private static void timestamp(PreparedStatement ps, int index, Instant instant) throws SQLException {
        ps.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
