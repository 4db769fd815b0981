package io.quire.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An article as it moves between Quire instances (export and import), or arrives from another system:
 * its content as Markdown (the HTML is always rendered here again, never taken from the outside), its
 * state and dates, its tags by id, its numbered revisions (at least the first), the slugs it had before, its
 * SEO settings and its feature image (an asset id, kept where that asset exists). Counts (comments, reading
 * time) follow from the rest.
 */
public record ArticleData(
        UUID id,
        String slug,
        String title,
        String summary,
        String body,
        ArticleStatus status,
        Instant publishedAt,
        Instant scheduledAt,
        UUID authorId,
        List<UUID> tagIds,
        boolean commentsOpen,
        Instant createdAt,
        Instant updatedAt,
        long version,
        List<Revision> revisions,
        List<FormerSlug> formerSlugs,
        SeoRequest seo,
        FeatureImageRequest featureImage) {

    /** The same article with another slug and its revisions, as written where it is imported. */
    ArticleData withSlug(String slug, List<Revision> revisions) {
        return new ArticleData(
                id,
                slug,
                title,
                summary,
                body,
                status,
                publishedAt,
                scheduledAt,
                authorId,
                tagIds,
                commentsOpen,
                createdAt,
                updatedAt,
                version,
                revisions,
                formerSlugs,
                seo,
                featureImage);
    }

    /** The same article by another author and with other tags: the ids an importing instance gave them. */
    public ArticleData withRefs(UUID authorId, List<UUID> tagIds) {
        return new ArticleData(
                id,
                slug,
                title,
                summary,
                body,
                status,
                publishedAt,
                scheduledAt,
                authorId,
                tagIds,
                commentsOpen,
                createdAt,
                updatedAt,
                version,
                revisions,
                formerSlugs,
                seo,
                featureImage);
    }

    /**
     * One numbered snapshot of the editable content; {@code tags} are tag names, {@code restoredFrom} the
     * revision it restored (or null) and {@code changed} the fields it changed (null where never recorded).
     */
    public record Revision(
            int number,
            Instant createdAt,
            String editor,
            String title,
            String slug,
            String summary,
            String body,
            List<String> tags,
            Integer restoredFrom,
            List<String> changed) {

        /** The same revision naming another slug. */
        Revision withSlug(String slug) {
            return new Revision(number, createdAt, editor, title, slug, summary, body, tags, restoredFrom, changed);
        }
    }

    /** A slug the article had before, which answers 301 to its current one. */
    public record FormerSlug(String slug, Instant createdAt) {}
}
