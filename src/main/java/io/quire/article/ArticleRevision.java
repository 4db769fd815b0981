package io.quire.article;

import jakarta.persistence.Column;
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

    protected ArticleRevision() {}

    ArticleRevision(UUID articleId, int number, String editor, Snapshot snapshot, Instant now) {
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
    }

    Snapshot snapshot() {
        return new Snapshot(
                title, slug, summary, body, tags.isEmpty() ? List.of() : List.of(tags.split(TAG_SEPARATOR)));
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

    /** The editable content of an article at one moment. */
    record Snapshot(String title, String slug, String summary, String body, List<String> tags) {

        static Snapshot of(Article article) {
            return new Snapshot(
                    article.content().title(),
                    article.slug(),
                    article.content().summary(),
                    article.content().body(),
                    article.tags().stream()
                            .map(io.quire.tag.Tag::getName)
                            .sorted(String.CASE_INSENSITIVE_ORDER)
                            .toList());
        }
    }
}
