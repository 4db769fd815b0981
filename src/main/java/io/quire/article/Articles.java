package io.quire.article;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Articles extends JpaRepository<Article, UUID>, JpaSpecificationExecutor<Article> {

    Optional<Article> findBySlug(String slug);

    long countByStatus(ArticleStatus status);

    long countByAuthorIdAndStatus(UUID authorId, ArticleStatus status);

    /**
     * Copies the article's publication time onto its rows of {@code article_tags}: null unless it
     * is PUBLISHED. Hibernate writes those rows without it, so this runs after every flushed write
     * that may change the status, the publication time or the tags, in the same transaction.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            update article_tags set published_at = (select case when a.status = 'PUBLISHED' then a.published_at end
                from articles a where a.id = article_tags.article_id)
            where article_id = :articleId""", nativeQuery = true)
    int copyPublicationToTags(UUID articleId);

    /** Sets the approved-comment count without touching the article's version: it is not an edit. */
    @Modifying(flushAutomatically = true)
    @Query("update Article a set a.discussion.commentCount = :count where a.id = :id")
    int setCommentCount(UUID id, int count);

    @Query("select a.id from Article a where a.updatedAt >= :since order by a.updatedAt")
    List<UUID> findIdsUpdatedSince(Instant since);

    @Query("select a.id from Article a join a.tags t where t.id = :tagId")
    List<UUID> findIdsByTag(UUID tagId);

    @Query("select a.id from Article a where a.status = io.quire.article.ArticleStatus.SCHEDULED "
            + "and a.scheduledAt <= :now order by a.scheduledAt")
    List<UUID> findDueForPublication(Instant now);

    @Query("select new io.quire.article.Articles$PublishedRow(a.id, a.slug, a.publishedAt, a.updatedAt, "
            + "a.featureImage.assetId) from Article a "
            + "where a.status = io.quire.article.ArticleStatus.PUBLISHED and a.seo.noindex = false "
            + "order by a.updatedAt desc, a.id")
    List<PublishedRow> findIndexable(Limit limit);

    @Query("select new io.quire.article.Articles$VersionRow(a.id, a.version) from Article a where a.id in :ids")
    List<VersionRow> findVersions(Collection<UUID> ids);

    /** Which version of an article the database holds now. */
    record VersionRow(UUID id, Long version) {}

    /** A published article without its content; the id of its feature image's asset, or null. */
    record PublishedRow(UUID id, String slug, Instant publishedAt, Instant updatedAt, UUID featureAssetId) {}

    @Query("select a from Article a where a.status = io.quire.article.ArticleStatus.PUBLISHED "
            + "and a.seo.noindex = false order by a.publishedAt desc, a.id")
    List<Article> findNewestIndexable(Limit limit);

    @Query("select a from Article a where a.status = io.quire.article.ArticleStatus.PUBLISHED "
            + "and a.seo.noindex = false and a.id in (select b.id from Article b join b.tags t where t.slug in :slugs) "
            + "order by a.publishedAt desc, a.id")
    List<Article> findNewestIndexableTagged(Collection<String> slugs, Limit limit);

    @Query("select new io.quire.article.ArticleRef(a.id, a.title, a.slug) from Article a where a.id in :ids")
    List<ArticleRef> findRefs(Collection<UUID> ids);
}
