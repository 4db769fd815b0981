package io.quire.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A slug an article had before it was renamed: reading it redirects to the current slug. */
@Entity
@Table(name = "article_slugs")
class OldSlug {

    @Id
    @Column(length = 120)
    private String slug;

    @Column(name = "article_id", nullable = false)
    private UUID articleId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OldSlug() {}

    OldSlug(String slug, UUID articleId, Instant now) {
        this.slug = slug;
        this.articleId = articleId;
        this.createdAt = now;
    }

    UUID articleId() {
        return articleId;
    }
}
