package io.quire.article;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Public lists of the articles filed under some tags, in publication order, read from
 * {@code article_tags} alone. Its {@code published_at} is the article's while it is published
 * and null otherwise ({@link Articles#copyPublicationToTags}), so the index
 * {@code (tag_id, published_at, article_id)} holds each tag's public list in order: a page is a
 * short range scan of it at any depth, on H2 and PostgreSQL alike. The answers are the ones the
 * generic criteria query would give: same items, same order (publication time, then id).
 */
@Component
class TaggedLists {

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * The ids of one page in list order: {@code limit} of them from {@code offset}, counted after
     * {@code cursor} when there is one. An article under several of the tags is listed once.
     */
    @SuppressWarnings("unchecked")
    List<UUID> ids(
            List<UUID> tagIds, ArticleFilter filter, boolean ascending, ListCursor cursor, long offset, int limit) {
        String direction = ascending ? " asc" : " desc";
        String sql;
        if (tagIds.size() == 1) {
            sql = rangeOf(0, "article_id", filter, ascending, cursor);
        } else {
            // Each tag's range stops at the deepest row the page can need; the union drops the repeats.
            StringBuilder union = new StringBuilder();
            for (int i = 0; i < tagIds.size(); i++) {
                union.append(i == 0 ? "(" : " union (")
                        .append(rangeOf(i, "article_id, published_at", filter, ascending, cursor))
                        .append(" fetch first :reach rows only)");
            }
            sql = "select article_id from (" + union + ") t order by published_at" + direction + ", article_id"
                    + direction;
        }
        Query query = entityManager.createNativeQuery(sql, UUID.class);
        bind(query, tagIds, filter, cursor);
        if (tagIds.size() > 1) {
            query.setParameter("reach", offset + limit);
        }
        return query.setFirstResult((int) Math.min(offset, Integer.MAX_VALUE))
                .setMaxResults(limit)
                .getResultList();
    }

    /** How many published articles are filed under any of the tags, within the filter's publication times. */
    long count(List<UUID> tagIds, ArticleFilter filter) {
        String sql = (tagIds.size() == 1 ? "select count(*)" : "select count(distinct article_id)")
                + " from article_tags where tag_id in (:tags) and published_at is not null" + bounds(filter);
        Query query = entityManager.createNativeQuery(sql).setParameter("tags", tagIds);
        bind(query, List.of(), filter, null);
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * One tag's public articles in list order. The order names {@code tag_id} (fixed here) so that
     * H2 reads the index in order, backwards too, instead of sorting the whole range; a cursor adds
     * a plain bound on {@code published_at} that both databases start the scan from.
     */
    private static String rangeOf(int tag, String columns, ArticleFilter filter, boolean ascending, ListCursor cursor) {
        String direction = ascending ? " asc" : " desc";
        String sql = "select " + columns + " from article_tags where tag_id = :tag" + tag
                + " and published_at is not null" + bounds(filter);
        if (cursor != null) {
            sql += ascending
                    ? " and published_at >= :lastValue and (published_at > :lastValue"
                            + " or published_at = :lastValue and article_id > :lastId)"
                    : " and published_at <= :lastValue and (published_at < :lastValue"
                            + " or published_at = :lastValue and article_id < :lastId)";
        }
        return sql + " order by tag_id" + direction + ", published_at" + direction + ", article_id" + direction;
    }

    private static String bounds(ArticleFilter filter) {
        return (filter.publishedAfter() == null ? "" : " and published_at >= :publishedAfter")
                + (filter.publishedBefore() == null ? "" : " and published_at < :publishedBefore");
    }

    private static void bind(Query query, List<UUID> tagIds, ArticleFilter filter, ListCursor cursor) {
        for (int i = 0; i < tagIds.size(); i++) {
            query.setParameter("tag" + i, tagIds.get(i));
        }
        if (filter.publishedAfter() != null) {
            query.setParameter("publishedAfter", filter.publishedAfter());
        }
        if (filter.publishedBefore() != null) {
            query.setParameter("publishedBefore", filter.publishedBefore());
        }
        if (cursor != null) {
            query.setParameter("lastValue", cursor.lastInstant());
            query.setParameter("lastId", cursor.lastId());
        }
    }
}
