package io.quire.article;

import io.quire.core.text.Slugs;
import java.util.List;

/** The rules an article from elsewhere must meet: those of the API's requests, and a consistent state. */
final class ArticleRules {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 500;
    static final int MAX_BODY = 200_000;
    static final int MAX_TAGS = 20;

    private ArticleRules() {}

    /** Why the article cannot be written, or null when it can. */
    static String problemOf(ArticleData a) {
        if (a.id() == null || a.authorId() == null || a.status() == null) {
            return "an article needs an id, an author and a status";
        }
        if (a.createdAt() == null || a.updatedAt() == null) {
            return "an article needs its creation and change times";
        }
        if (a.title() == null || a.title().isBlank() || a.title().strip().length() > MAX_TITLE) {
            return "a title has 1 to " + MAX_TITLE + " characters";
        }
        if (!Slugs.isValid(a.slug())) {
            return "the slug '" + a.slug() + "' is not lowercase a-z0-9 words joined by hyphens (at most 120)";
        }
        if (a.summary() != null && a.summary().length() > MAX_SUMMARY) {
            return "a summary has at most " + MAX_SUMMARY + " characters";
        }
        if (a.body() == null || a.body().length() > MAX_BODY) {
            return "a body has at most " + MAX_BODY + " characters";
        }
        if (a.tagIds() == null || a.tagIds().size() > MAX_TAGS) {
            return "an article has at most " + MAX_TAGS + " tags";
        }
        if (a.status() == ArticleStatus.PUBLISHED && a.publishedAt() == null) {
            return "a published article needs its publication time";
        }
        if (a.status() == ArticleStatus.SCHEDULED && a.scheduledAt() == null) {
            return "a scheduled article needs the time it goes live";
        }
        String looks = problemOf(a.seo(), a.featureImage());
        if (looks != null) {
            return looks;
        }
        if (a.revisions() == null || a.revisions().isEmpty()) {
            return "an article needs at least its first revision";
        }
        return a.revisions().stream()
                .map(ArticleRules::problemOf)
                .filter(p -> p != null)
                .findFirst()
                .orElse(null);
    }

    /** SEO settings and a feature image within the limits an editor's article has. */
    private static String problemOf(SeoRequest seo, FeatureImageRequest image) {
        if (seo != null
                && (longer(seo.title(), 200)
                        || longer(seo.description(), 500)
                        || longer(seo.canonicalUrl(), 2000)
                        || seo.canonicalUrl() != null
                                && !seo.canonicalUrl().isBlank()
                                && !seo.canonicalUrl().matches(SeoRequest.ABSOLUTE_URL))) {
            return "SEO settings have a title of at most 200 characters, a description of at most 500 and a "
                    + "canonical URL that is an absolute http or https URL of at most 2,000";
        }
        if (image != null
                && (image.assetId() == null
                        || longer(image.alt(), 1000)
                        || longer(image.caption(), 2000)
                        || longer(image.credit(), 500))) {
            return "a feature image needs an asset id, and alt text, caption and credit within 1,000, 2,000 and "
                    + "500 characters";
        }
        return null;
    }

    private static boolean longer(String text, int max) {
        return text != null && text.strip().length() > max;
    }

    private static String problemOf(ArticleData.Revision r) {
        if (r.number() < 1
                || r.createdAt() == null
                || r.editor() == null
                || r.editor().isBlank()) {
            return "a revision needs a number from 1, its time and its editor";
        }
        if (r.title() == null || r.title().isBlank() || r.title().length() > MAX_TITLE || r.slug() == null) {
            return "revision " + r.number() + " needs a title of 1 to " + MAX_TITLE + " characters and a slug";
        }
        if (r.body() == null
                || r.body().length() > MAX_BODY
                || r.summary() != null && r.summary().length() > MAX_SUMMARY) {
            return "revision " + r.number() + " has a body or summary over the limits";
        }
        if (r.restoredFrom() != null && (r.restoredFrom() < 1 || r.restoredFrom() >= r.number())
                || r.changed() != null && String.join(",", r.changed()).length() > 100) {
            return "revision " + r.number() + " restores a revision before it, and names at most 100 characters "
                    + "of changed fields";
        }
        return null;
    }

    /**
     * The article with the slug it gets here; the latest revision follows when it named the old one, so the
     * history shows the slug the article has.
     */
    static ArticleData withSlug(ArticleData a, String slug) {
        if (slug.equals(a.slug())) {
            return a;
        }
        List<ArticleData.Revision> revisions = a.revisions().stream()
                .map(r -> r.slug().equals(a.slug())
                                && r == a.revisions().get(a.revisions().size() - 1)
                        ? r.withSlug(slug)
                        : r)
                .toList();
        return a.withSlug(slug, revisions);
    }
}
