package io.quire.article;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quire.article.internal.MarkdownRenderer;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Batched SQL for the article module's own tables, for writers of many articles at once: one statement per
 * table and batch instead of one per row. Columns are filled exactly as {@link Article} and
 * {@link ArticleHistory} fill them.
 */
@Component
class ArticleRows {

    /** An article ready to insert: its data and its rendered body. */
    record Row(ArticleData article, String html, int readingTimeMinutes) {}

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final MarkdownRenderer markdown;
    /** Synthetic content repeats a pool of bodies: each is rendered once. Weighed by characters kept. */
    private final Cache<String, Row> rendered = Caffeine.newBuilder()
            .maximumWeight(8_000_000)
            .weigher((String body, Row row) -> body.length() + row.html().length())
            .build();

    ArticleRows(JdbcTemplate jdbc, MarkdownRenderer markdown) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.markdown = markdown;
    }

    Row render(ArticleData article) {
        Row body = rendered.get(
                article.body(), b -> new Row(null, markdown.toSafeHtml(b), markdown.readingTimeMinutes(b)));
        return new Row(article, body.html(), body.readingTimeMinutes());
    }

    Set<UUID> existingIds(Collection<UUID> ids) {
        Set<UUID> found = new HashSet<>();
        if (!ids.isEmpty()) {
            named.query("select id from articles where id in (:ids)", Map.of("ids", ids), rs -> {
                found.add(rs.getObject(1, UUID.class));
            });
        }
        return found;
    }

    /** Who holds each of these slugs now, as a current slug or a former one. */
    Map<String, UUID> slugOwners(Collection<String> slugs) {
        Map<String, UUID> owners = new HashMap<>();
        if (!slugs.isEmpty()) {
            named.query(
                    "select slug, id from articles where slug in (:s) "
                            + "union all select slug, article_id from article_slugs where slug in (:s)",
                    Map.of("s", slugs),
                    rs -> {
                        owners.putIfAbsent(rs.getString(1), rs.getObject(2, UUID.class));
                    });
        }
        return owners;
    }

    boolean isSlugTaken(String slug) {
        return !slugOwners(List.of(slug)).isEmpty();
    }

    void insert(List<Row> rows, Set<String> heldElsewhere) {
        jdbc.batchUpdate("""
                insert into articles (id, slug, title, summary, body, body_html, status, published_at, scheduled_at,
                    author_id, comment_count, reading_time_minutes, created_at, updated_at, version, comments_open,
                    seo_title, seo_description, canonical_url, noindex, feature_asset_id, feature_alt, feature_caption,
                    feature_credit)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, rows.size(), ArticleRows::setArticle);
        List<Object[]> links = new ArrayList<>();
        List<Object[]> revisions = new ArrayList<>();
        for (Row row : rows) {
            ArticleData a = row.article();
            OffsetDateTime listed = a.status() == ArticleStatus.PUBLISHED ? utc(a.publishedAt()) : null;
            a.tagIds().stream().distinct().forEach(tag -> links.add(new Object[] {a.id(), tag, listed}));
            for (ArticleData.Revision r : a.revisions()) {
                revisions.add(new Object[] {
                    UUID.randomUUID(),
                    a.id(),
                    r.number(),
                    utc(r.createdAt()),
                    r.editor(),
                    r.title(),
                    r.slug(),
                    r.summary(),
                    r.body(),
                    String.join("\n", r.tags()),
                    r.restoredFrom(),
                    r.changed() == null ? null : String.join(",", r.changed())
                });
            }
        }
        jdbc.batchUpdate("insert into article_tags (article_id, tag_id, published_at) values (?, ?, ?)", links);
        jdbc.batchUpdate("""
                insert into article_revisions (id, article_id, number, created_at, editor, title, slug, summary, body, tags,
                    restored_from, changed_fields)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", revisions);
        insertFormerSlugs(rows, heldElsewhere);
    }

    /** Former slugs that another article holds (now or before) are left out: the other article keeps them. */
    private void insertFormerSlugs(List<Row> rows, Set<String> heldElsewhere) {
        Set<String> current = new HashSet<>();
        List<String> wanted = new ArrayList<>();
        rows.forEach(r -> {
            current.add(r.article().slug());
            r.article().formerSlugs().forEach(f -> wanted.add(f.slug()));
        });
        if (wanted.isEmpty()) {
            return;
        }
        Set<String> taken = new HashSet<>(heldElsewhere);
        taken.addAll(current);
        taken.addAll(slugOwners(wanted).keySet());
        List<Object[]> slugs = new ArrayList<>();
        for (Row row : rows) {
            for (ArticleData.FormerSlug former : row.article().formerSlugs()) {
                if (taken.add(former.slug())) {
                    slugs.add(new Object[] {former.slug(), row.article().id(), utc(former.createdAt())});
                }
            }
        }
        jdbc.batchUpdate("insert into article_slugs (slug, article_id, created_at) values (?, ?, ?)", slugs);
    }

    void setCommentCounts(Map<UUID, Integer> counts) {
        List<Object[]> updates = new ArrayList<>(counts.size());
        counts.forEach((id, count) -> updates.add(new Object[] {count, id}));
        jdbc.batchUpdate("update articles set comment_count = ? where id = ?", updates);
    }

    private static void setArticle(PreparedStatement ps, Row row) throws SQLException {
        ArticleData a = row.article();
        ps.setObject(1, a.id());
        ps.setString(2, a.slug());
        ps.setString(3, a.title().strip());
        ps.setString(
                4,
                a.summary() == null || a.summary().isBlank()
                        ? null
                        : a.summary().strip());
        ps.setString(5, a.body());
        ps.setString(6, row.html());
        ps.setString(7, a.status().name());
        ps.setObject(8, utc(a.publishedAt()));
        ps.setObject(9, a.status() == ArticleStatus.SCHEDULED ? utc(a.scheduledAt()) : null);
        ps.setObject(10, a.authorId());
        ps.setInt(11, row.readingTimeMinutes());
        ps.setObject(12, utc(a.createdAt()));
        ps.setObject(13, utc(a.updatedAt()));
        ps.setLong(14, a.version());
        ps.setBoolean(15, a.commentsOpen());
        SeoRequest seo = a.seo() == null ? new SeoRequest(null, null, null, false) : new Seo(a.seo()).asRequest();
        ps.setString(16, seo.title());
        ps.setString(17, seo.description());
        ps.setString(18, seo.canonicalUrl());
        ps.setBoolean(19, Boolean.TRUE.equals(seo.noindex()));
        FeatureImage image = FeatureImage.of(a.featureImage());
        ps.setObject(20, image == null ? null : image.assetId());
        ps.setString(21, image == null ? null : image.alt());
        ps.setString(22, image == null ? null : image.caption());
        ps.setString(23, image == null ? null : image.credit());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
