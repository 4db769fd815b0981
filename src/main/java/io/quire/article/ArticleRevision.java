package io.quire.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A numbered snapshot of an article's editable content, written on every change to it. */
@Entity
@Table(name = "article_revisions")
class ArticleRevision {

    /** Tag names are stored one per line; a tag name never contains a line break. */
    private static final String TAG_SEPARATOR = "\n";

    @Id
    private UUID id;

    @Column(name = "article_id", nullable = false)
    private UUID articleId;

    @Column(nullable = false)
    private int number;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 40)
    private String editor;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 120)
    private String slug;

    @Column(length = 500)
    private String summary;

    @Column(nullable = false, length = 200_000)
    private String body;

    @Column(nullable = false, length = 4000)
    private String tags;

    @Column(name = "restored_from")
    private Integer restoredFrom;

    @Column(name = "changed_fields", length = 100)
    private String changedFields;

    @Embedded
    private FeatureImage featureImage;

    @Column(name = "seo_title", length = 200)
    private String seoTitle;

    @Column(name = "seo_description", length = 500)
    private String seoDescription;

    @Column(name = "canonical_url", length = 2000)
    private String canonicalUrl;

    /** Null on a revision written before the feature image and SEO settings were kept. */
    @Column(name = "noindex")
    private Boolean noindex;

    protected ArticleRevision() {}

    /**
     * @param previous the content before this revision, or null for an article's first
     * @param restoredFrom the number of the revision this one restores, or null
     */
    ArticleRevision(
            UUID articleId,
            int number,
            String editor,
            Snapshot snapshot,
            Snapshot previous,
            Integer restoredFrom,
            Instant now) {
        this.id = UUID.randomUUID();
        this.articleId = articleId;
        this.number = number;
        this.editor = editor;
        this.createdAt = now;
        this.title = snapshot.title();
        this.slug = snapshot.slug();
        this.summary = snapshot.summary();
        this.body = snapshot.body();
        this.tags = String.join(TAG_SEPARATOR, snapshot.tags());
        this.featureImage = snapshot.featureImage();
        if (snapshot.seo() != null) {
            this.seoTitle = snapshot.seo().title();
            this.seoDescription = snapshot.seo().description();
            this.canonicalUrl = snapshot.seo().canonicalUrl();
            this.noindex = snapshot.seo().noindex();
        }
        this.restoredFrom = restoredFrom;
        this.changedFields = String.join(",", snapshot.changedFrom(previous));
    }

    UUID articleId() {
        return articleId;
    }

    Integer restoredFrom() {
        return restoredFrom;
    }

    /** The fields changed from the revision before, or empty when that was not recorded. */
    java.util.Optional<List<String>> changedFields() {
        if (changedFields == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(changedFields.isEmpty() ? List.of() : List.of(changedFields.split(",")));
    }

    Snapshot snapshot() {
        return new Snapshot(
                title,
                slug,
                summary,
                body,
                tags.isEmpty() ? List.of() : List.of(tags.split(TAG_SEPARATOR)),
                featureImage,
                noindex == null ? null : new SeoRequest(seoTitle, seoDescription, canonicalUrl, noindex));
    }

    int number() {
        return number;
    }

    Instant createdAt() {
        return createdAt;
    }

    String editor() {
        return editor;
    }

    /**
     * The editable content of an article at one moment. {@code seo} is null for a revision written before the
     * feature image and SEO settings were kept (then {@link #recordsPage()} is false).
     */
    record Snapshot(
            String title,
            String slug,
            String summary,
            String body,
            List<String> tags,
            FeatureImage featureImage,
            SeoRequest seo) {

        /** What a new article's SEO settings are when nobody set them. */
        private static final SeoRequest NO_SEO = new SeoRequest(null, null, null, false);

        /** Whether the feature image and SEO settings were kept with this snapshot. */
        boolean recordsPage() {
            return seo != null;
        }

        /** The names of the fields that differ from {@code before}; every field that has a value when none. */
        List<String> changedFrom(Snapshot before) {
            List<String> changed = new java.util.ArrayList<>();
            Snapshot old = before == null ? new Snapshot(null, null, null, null, List.of(), null, NO_SEO) : before;
            addIf(changed, "title", title, old.title);
            addIf(changed, "slug", slug, old.slug);
            addIf(changed, "summary", summary, old.summary);
            addIf(changed, "body", before == null && body.isEmpty() ? null : body, old.body);
            addIf(changed, "tags", tags, old.tags);
            if (recordsPage() && old.recordsPage()) {
                addIf(changed, "featureImage", featureImage, old.featureImage);
                addIf(changed, "seo", seo, old.seo);
            }
            return changed;
        }

        private static void addIf(List<String> changed, String field, Object now, Object then) {
            if (!java.util.Objects.equals(now, then)) {
                changed.add(field);
            }
        }

        static Snapshot of(Article article) {
            return new Snapshot(
                    article.content().title(),
                    article.slug(),
                    article.content().summary(),
                    article.content().body(),
                    article.tags().stream()
                            .map(io.quire.tag.Tag::getName)
                            .sorted(String.CASE_INSENSITIVE_ORDER)
                            .toList(),
                    article.content().featureImage(),
                    article.content().seo().asRequest());
        }
    }
}
