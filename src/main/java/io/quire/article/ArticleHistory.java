package io.quire.article;

import io.quire.article.ArticleRevision.Snapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * What an article was: numbered revisions of its content, and the slugs it had before, so
 * that old links keep working. Runs inside the callers' transactions.
 */
@Component
class ArticleHistory {

    private final Revisions revisions;
    private final OldSlugs oldSlugs;
    private final Clock clock;

    ArticleHistory(Revisions revisions, OldSlugs oldSlugs, Clock clock) {
        this.revisions = revisions;
        this.oldSlugs = oldSlugs;
        this.clock = clock;
    }

    /**
     * Records a new revision when the content differs from {@code previous} (always for a new
     * article), and keeps the previous slug when it changed.
     */
    void record(Article article, Snapshot previous, String editor) {
        record(article, previous, editor, null);
    }

    /** As {@link #record(Article, Snapshot, String)}, for a revision that restores revision {@code restoredFrom}. */
    void record(Article article, Snapshot previous, String editor, Integer restoredFrom) {
        Snapshot current = Snapshot.of(article);
        if (current.equals(previous)) {
            return;
        }
        Instant now = Instant.now(clock);
        int next = revisions.lastNumber(article.id()) + 1;
        revisions.save(new ArticleRevision(article.id(), next, editor, current, previous, restoredFrom, now));
        // Whoever holds a slug now owns it: an old entry for it (this article's or another's) goes.
        oldSlugs.findById(current.slug()).ifPresent(oldSlugs::delete);
        if (previous != null && !previous.slug().equals(current.slug())) {
            oldSlugs.save(new OldSlug(previous.slug(), article.id(), now));
        }
        oldSlugs.flush();
    }

    /** Whether the slug once belonged to another article, so a derived slug should avoid it. */
    boolean isOldSlugOfAnother(String slug, UUID self) {
        return oldSlugs.findById(slug)
                .filter(old -> self == null || !old.articleId().equals(self))
                .isPresent();
    }

    Optional<UUID> articleWithOldSlug(String slug) {
        return oldSlugs.findById(slug).map(OldSlug::articleId);
    }

    Page<RevisionView> list(UUID articleId, Pageable pageable) {
        return revisions.findByArticleId(articleId, pageable).map(this::view);
    }

    /** A revision with the fields it changed; for one written before they were recorded, compared now. */
    RevisionView view(ArticleRevision revision) {
        List<String> changed = revision.changedFields().orElseGet(() -> revision.snapshot()
                .changedFrom(
                        revision.number() == 1
                                ? null
                                : find(revision.articleId(), revision.number() - 1)
                                        .map(ArticleRevision::snapshot)
                                        .orElse(null)));
        return RevisionView.of(revision, changed);
    }

    Optional<ArticleRevision> find(UUID articleId, int number) {
        return revisions.findByArticleIdAndNumber(articleId, number);
    }
}
