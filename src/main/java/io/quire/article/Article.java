package io.quire.article;

import io.quire.article.ArticleEvents.ArticleArchived;
import io.quire.article.ArticleEvents.ArticlePublished;
import io.quire.article.ArticleEvents.ArticleScheduled;
import io.quire.article.ArticleEvents.ArticleSubmitted;
import io.quire.article.ArticleEvents.ArticleUnpublished;
import io.quire.article.ArticleEvents.ArticleUpdated;
import io.quire.article.internal.SearchAnalysis;
import io.quire.tag.Tag;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An article and its editorial state. State changes are methods that guard their own
 * rules and register a past-tense event, published when the article is saved.
 */
@Entity
@Table(name = "articles")
@Indexed(index = "articles")
class Article extends AbstractAggregateRoot<Article> {

    @Id
    private UUID id;

    @Column(nullable = false, length = 120)
    private String slug;

    @Column(nullable = false, length = 200)
    @FullTextField(analyzer = SearchAnalysis.ENGLISH, highlightable = Highlightable.UNIFIED)
    @KeywordField(name = "title_sort", normalizer = SearchAnalysis.SORTABLE, sortable = Sortable.YES)
    private String title;

    @Column(length = 500)
    @FullTextField(analyzer = SearchAnalysis.ENGLISH, highlightable = Highlightable.UNIFIED)
    private String summary;

    @Column(nullable = false, length = 200_000)
    @FullTextField(analyzer = SearchAnalysis.ENGLISH, highlightable = Highlightable.UNIFIED)
    private String body;

    @Column(name = "body_html", nullable = false, length = 1_000_000)
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField
    private ArticleStatus status;

    @Column(name = "published_at")
    @GenericField(sortable = Sortable.YES)
    private Instant publishedAt;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "author_id", nullable = false)
    @GenericField
    private UUID authorId;

    /** Tag renames reach the index through {@code ArticleSearch}, not through the embedding. */
    @IndexedEmbedded(includePaths = {"name", "slug"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    @ManyToMany
    @JoinTable(
            name = "article_tags",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @OrderBy("nameKey ASC")
    @BatchSize(size = 100)
    private Set<Tag> tags = new LinkedHashSet<>();

    @Column(name = "comment_count", nullable = false)
    private int commentCount;

    @Column(name = "comments_open", nullable = false)
    private boolean commentsOpen = true;

    @Column(name = "reading_time_minutes", nullable = false)
    private int readingTimeMinutes;

    @Column(name = "created_at", nullable = false)
    @GenericField(sortable = Sortable.YES)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @GenericField(sortable = Sortable.YES)
    private Instant updatedAt;

    @Version
    private Long version;

    protected Article() {}

    Article(UUID authorId, Instant now) {
        this.id = UUID.randomUUID();
        this.authorId = authorId;
        this.status = ArticleStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Sets the editable content; an already saved article registers {@link ArticleUpdated}. */
    void revise(Content content, List<Tag> tags, Instant now) {
        this.title = content.title();
        this.slug = content.slug();
        this.summary = content.summary();
        this.body = content.body();
        this.bodyHtml = content.bodyHtml();
        this.readingTimeMinutes = content.readingTimeMinutes();
        this.tags.clear();
        this.tags.addAll(tags);
        this.updatedAt = now;
        if (version != null) {
            registerEvent(new ArticleUpdated(id, now));
        }
    }

    void submit(Instant now) {
        require("submit", ArticleStatus.DRAFT);
        status = ArticleStatus.IN_REVIEW;
        updatedAt = now;
        registerEvent(new ArticleSubmitted(id, now));
    }

    /**
     * Publishes now. The first publication time is kept across re-publishing unless an editor
     * gives one ({@code publicationTime} not null).
     */
    void publish(Instant publicationTime, Instant now) {
        require(
                "publish",
                ArticleStatus.DRAFT,
                ArticleStatus.IN_REVIEW,
                ArticleStatus.SCHEDULED,
                ArticleStatus.ARCHIVED);
        publishAt(publicationTime != null ? publicationTime : publishedAt == null ? now : publishedAt, now);
    }

    /** Publishes a scheduled article at its scheduled time. */
    void publishScheduled(Instant now) {
        require("publish", ArticleStatus.SCHEDULED);
        publishAt(publishedAt == null ? scheduledAt : publishedAt, now);
    }

    private void publishAt(Instant publicationTime, Instant now) {
        status = ArticleStatus.PUBLISHED;
        publishedAt = publicationTime;
        scheduledAt = null;
        updatedAt = now;
        registerEvent(new ArticlePublished(id, slug, now));
    }

    void schedule(Instant at, Instant now) {
        require(
                "schedule",
                ArticleStatus.DRAFT,
                ArticleStatus.IN_REVIEW,
                ArticleStatus.SCHEDULED,
                ArticleStatus.ARCHIVED);
        status = ArticleStatus.SCHEDULED;
        scheduledAt = at;
        updatedAt = now;
        registerEvent(new ArticleScheduled(id, at, now));
    }

    void unpublish(Instant now) {
        require("unpublish", ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED);
        boolean wasPublic = status == ArticleStatus.PUBLISHED;
        status = ArticleStatus.DRAFT;
        scheduledAt = null;
        updatedAt = now;
        if (wasPublic) {
            registerEvent(new ArticleUnpublished(id, slug, now));
        }
    }

    void archive(Instant now) {
        require(
                "archive",
                ArticleStatus.DRAFT,
                ArticleStatus.IN_REVIEW,
                ArticleStatus.SCHEDULED,
                ArticleStatus.PUBLISHED);
        boolean wasPublic = status == ArticleStatus.PUBLISHED;
        status = ArticleStatus.ARCHIVED;
        scheduledAt = null;
        updatedAt = now;
        if (wasPublic) {
            registerEvent(new ArticleUnpublished(id, slug, now));
        }
        registerEvent(new ArticleArchived(id, now));
    }

    void markDeleted(Instant now) {
        registerEvent(new ArticleEvents.ArticleDeleted(id, slug, now));
    }

    private void require(String action, ArticleStatus... allowed) {
        if (!EnumSet.of(allowed[0], allowed).contains(status)) {
            throw new IllegalTransition(action, status, allowed);
        }
    }

    boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    boolean wasEverPublished() {
        return publishedAt != null;
    }

    UUID id() {
        return id;
    }

    String slug() {
        return slug;
    }

    String title() {
        return title;
    }

    String summary() {
        return summary;
    }

    String body() {
        return body;
    }

    String bodyHtml() {
        return bodyHtml;
    }

    ArticleStatus status() {
        return status;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    Instant scheduledAt() {
        return scheduledAt;
    }

    UUID authorId() {
        return authorId;
    }

    Set<Tag> tags() {
        return tags;
    }

    int commentCount() {
        return commentCount;
    }

    boolean commentsOpen() {
        return commentsOpen;
    }

    void openComments(boolean open, Instant now) {
        if (open != commentsOpen) {
            commentsOpen = open;
            updatedAt = now;
        }
    }

    int readingTimeMinutes() {
        return readingTimeMinutes;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version == null ? 0 : version;
    }

    /** The editable content, already validated and rendered. */
    record Content(String title, String slug, String summary, String body, String bodyHtml, int readingTimeMinutes) {}
}
