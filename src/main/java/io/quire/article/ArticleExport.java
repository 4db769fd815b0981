package io.quire.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads every article for an export, a page at a time in the order of their ids, with its tags, its
 * revisions (oldest first) and its former slugs: what {@link ArticleImport} needs to write it again.
 */
@Service
@Transactional(readOnly = true)
public class ArticleExport {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    ArticleExport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** The articles after {@code after} (null: from the first), at most {@code size}, ordered by id. */
    public List<ArticleData> page(UUID after, int size) {
        String where = after == null ? "" : "where id > ? ";
        Object[] arguments = after == null ? new Object[] {size} : new Object[] {after, size};
        List<UUID> ids = jdbc.query(
                "select id from articles " + where + "order by id fetch first ? rows only",
                (rs, n) -> rs.getObject(1, UUID.class),
                arguments);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = Map.of("ids", ids);
        Map<UUID, List<UUID>> tags = new HashMap<>();
        named.query(
                "select article_id, tag_id from article_tags where article_id in (:ids) order by tag_id",
                params,
                rs -> {
                    tags.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(rs.getObject(2, UUID.class));
                });
        Map<UUID, List<ArticleData.Revision>> revisions = new HashMap<>();
        named.query("""
                select article_id, number, created_at, editor, title, slug, summary, body, tags, restored_from,
                    changed_fields from article_revisions
                where article_id in (:ids) order by article_id, number""", params, rs -> {
            String names = rs.getString(9);
            revisions
                    .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new ArticleData.Revision(
                            rs.getInt(2),
                            instant(rs, 3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            names.isEmpty() ? List.of() : List.of(names.split("\n")),
                            rs.getObject(10, Integer.class),
                            changed(rs.getString(11))));
        });
        Map<UUID, List<ArticleData.FormerSlug>> formerSlugs = new HashMap<>();
        named.query(
                "select article_id, slug, created_at from article_slugs where article_id in (:ids) order by slug",
                params,
                rs -> {
                    formerSlugs
                            .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new ArticleData.FormerSlug(rs.getString(2), instant(rs, 3)));
                });
        return named.query("""
                select id, slug, title, summary, body, status, published_at, scheduled_at, author_id, comments_open,
                    created_at, updated_at, version, seo_title, seo_description, canonical_url, noindex,
                    feature_asset_id, feature_alt, feature_caption, feature_credit
                from articles where id in (:ids) order by id""", params, (rs, n) -> {
            UUID id = rs.getObject(1, UUID.class);
            return new ArticleData(
                    id,
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    ArticleStatus.valueOf(rs.getString(6)),
                    instant(rs, 7),
                    instant(rs, 8),
                    rs.getObject(9, UUID.class),
                    tags.getOrDefault(id, List.of()),
                    rs.getBoolean(10),
                    instant(rs, 11),
                    instant(rs, 12),
                    rs.getLong(13),
                    revisions.getOrDefault(id, List.of()),
                    formerSlugs.getOrDefault(id, List.of()),
                    new SeoRequest(rs.getString(14), rs.getString(15), rs.getString(16), rs.getBoolean(17)),
                    featureImage(rs));
        });
    }

    private static FeatureImageRequest featureImage(ResultSet rs) throws SQLException {
        UUID asset = rs.getObject(18, UUID.class);
        return asset == null
                ? null
                : new FeatureImageRequest(asset, rs.getString(19), rs.getString(20), rs.getString(21));
    }

    /** The changed fields as stored: comma-separated, null where never recorded. */
    private static List<String> changed(String fields) {
        return fields == null ? null : fields.isEmpty() ? List.of() : List.of(fields.split(","));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
