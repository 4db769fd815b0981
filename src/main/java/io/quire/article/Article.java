package io.quire.article;

import io.quire.tag.Tag;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.springframework.data.domain.AbstractAggregateRoot;

/** An article and its editorial state: changes guard their own rules and register past-tense events, sent on save. */
@Entity
@Table(name = "articles")
class Article extends AbstractAggregateRoot<Article> {

    @Id
    private UUID id;

    @Column(nullable = false, length = 120)
    private String slug;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 500)
    private String summary;

    @Column(nullable = false, length = 200_000)
    private String body;

    @Column(name = "body_html", nullable = false, length = 1_000_000)
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ArticleStatus status;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "author_id", nullable = false)
    private UUID authorId;

    @ManyToMany
    @JoinTable(
            name = "article_tags",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @OrderBy("nameKey ASC")
    @BatchSize(size = 100)
    private Set<Tag> tags = new LinkedHashSet<>();

    @Embedded
    private Discussion discussion = new Discussion();

    @Embedded
    private Seo seo = new Seo();

    @Column(name = "reading_time_minutes", nullable = false)
    private int readingTimeMinutes;

    @Embedded
    private FeatureImage featureImage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
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
        registerEvent(new ArticleEvents.ArticleCreated(id, now));
    }

    /** Sets the editable content; an already saved article registers {@link ArticleEvents.ArticleUpdated}. */
    void revise(ArticleContent content, List<Tag> tags, Instant now) {
        Set<UUID> listedBefore = listedUnder();
        this.title = content.title();
        this.slug = content.slug();
        this.summary = content.summary();
        this.body = content.body();
        this.bodyHtml = content.bodyHtml();
        this.readingTimeMinutes = content.readingTimeMinutes();
        this.seo = content.seo();
        this.featureImage = content.featureImage();
        this.tags.clear();
        this.tags.addAll(tags);
        this.updatedAt = now;
        if (version != null) {
            registerEvent(new ArticleEvents.ArticleUpdated(id, now));
        }
        relisted(listedBefore);
    }

    void submit(Instant now) {
        status = Transition.SUBMIT.from(status);
        updatedAt = now;
        registerEvent(new ArticleEvents.ArticleSubmitted(id, now));
    }

    /** Publishes now, keeping the first publication time unless an editor gives one ({@code publicationTime}). */
    void publish(Instant publicationTime, Instant now) {
        Instant first = publishedAt == null ? now : publishedAt;
        publish(Transition.PUBLISH, publicationTime != null ? publicationTime : first, now);
    }

    /** Publishes a scheduled article at its scheduled time. */
    void publishScheduled(Instant now) {
        publish(Transition.PUBLISH_SCHEDULED, publishedAt == null ? scheduledAt : publishedAt, now);
    }

    private void publish(Transition transition, Instant publicationTime, Instant now) {
        ArticleStatus next = transition.from(status);
        Set<UUID> listedBefore = listedUnder();
        status = next;
        publishedAt = publicationTime;
        scheduledAt = null;
        updatedAt = now;
        registerEvent(new ArticleEvents.ArticlePublished(id, slug, now));
        relisted(listedBefore);
    }

    void schedule(Instant at, Instant now) {
        status = Transition.SCHEDULE.from(status);
        scheduledAt = at;
        updatedAt = now;
        registerEvent(new ArticleEvents.ArticleScheduled(id, at, now));
    }

    void unpublish(Instant now) {
        withdraw(Transition.UNPUBLISH, now);
    }

    void archive(Instant now) {
        withdraw(Transition.ARCHIVE, now);
        registerEvent(new ArticleEvents.ArticleArchived(id, now));
    }

    /** A step that takes the article out of the public's sight, if it was in it. */
    private void withdraw(Transition transition, Instant now) {
        ArticleStatus next = transition.from(status);
        Set<UUID> listedBefore = listedUnder();
        boolean wasPublic = isPublished();
        status = next;
        scheduledAt = null;
        updatedAt = now;
        if (wasPublic) {
            registerEvent(new ArticleEvents.ArticleUnpublished(id, slug, now));
        }
        relisted(listedBefore);
    }

    void markDeleted(Instant now) {
        registerEvent(new ArticleEvents.ArticleDeleted(id, slug, now));
        ListingChanged.between(id, listedUnder(), Set.of()).ifPresent(this::registerEvent);
    }

    /** The tags the article is publicly listed under: its tags while it is published, none otherwise. */
    private Set<UUID> listedUnder() {
        return isPublished() ? tags.stream().map(Tag::getId).collect(Collectors.toSet()) : Set.of();
    }

    private void relisted(Set<UUID> listedBefore) {
        ListingChanged.between(id, listedBefore, listedUnder()).ifPresent(this::registerEvent);
    }

    boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    UUID id() {
        return id;
    }

    String slug() {
        return slug;
    }

    /** The content as an editor last saved it. */
    ArticleContent content() {
        return new ArticleContent(title, slug, summary, body, bodyHtml, readingTimeMinutes, seo, featureImage);
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

    Discussion discussion() {
        return discussion;
    }

    void openComments(boolean open, Instant now) {
        updatedAt = discussion.open(open) ? now : updatedAt;
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
}
