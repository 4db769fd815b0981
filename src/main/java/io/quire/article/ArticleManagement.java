package io.quire.article;

import io.quire.core.domain.ETags;
import io.quire.core.domain.MergePatcher;
import io.quire.core.domain.Precondition;
import io.quire.core.security.Caller;
import io.quire.core.security.Role;
import io.quire.media.AssetLookup;
import io.quire.media.AssetOwner;
import io.quire.tag.Tag;
import io.quire.tag.TagManagement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Writing articles and moving them through the editorial workflow. Each write checks who may
 * make it ({@link ArticleAccess}) and what the caller last read ({@link Precondition}), lets the
 * aggregate apply its own rules, and keeps a revision of the content. What follows from a write
 * (tag counts, caches, search, webhooks) reacts to the events the article registers.
 */
@Service
@Transactional
public class ArticleManagement {

    /** How the media library names an article among the users of an asset. */
    static final String ASSET_OWNER = "article";

    private final Articles articles;
    private final ArticleAccess access;
    private final ArticleContents contents;
    private final ArticleViews views;
    private final ArticleHistory history;
    private final TagManagement tags;
    private final AssetLookup assets;
    private final MergePatcher patcher;
    private final ETags etags;
    private final Clock clock;

    ArticleManagement(
            Articles articles,
            ArticleAccess access,
            ArticleContents contents,
            ArticleViews views,
            ArticleHistory history,
            TagManagement tags,
            AssetLookup assets,
            MergePatcher patcher,
            ETags etags,
            Clock clock) {
        this.articles = articles;
        this.access = access;
        this.contents = contents;
        this.views = views;
        this.history = history;
        this.tags = tags;
        this.assets = assets;
        this.patcher = patcher;
        this.etags = etags;
        this.clock = clock;
    }

    /** A new DRAFT owned by the caller; closing its comments at once takes an editor. */
    public ArticleView create(ArticleRequest request, Caller caller) {
        ArticleAccess.requireRole(caller, Role.AUTHOR);
        Instant now = Instant.now(clock);
        Article article = new Article(caller.id(), now);
        if (Boolean.FALSE.equals(request.commentsOpen())) {
            ArticleAccess.requireRole(caller, Role.EDITOR);
            article.openComments(false, now);
        }
        var prepared = contents.of(request, null, caller);
        article.revise(prepared.content(), tagsOf(request), now);
        Article saved = articles.saveAndFlush(article);
        assets.recordUsage(owner(saved), prepared.assets());
        history.record(saved, null, caller.username());
        return views.of(saved);
    }

    public ArticleView replace(UUID id, ArticleRequest request, Precondition precondition, Caller caller) {
        return revise(changeable(id, caller, precondition), request, caller);
    }

    public ArticleView patch(UUID id, JsonNode patch, Precondition precondition, Caller caller) {
        Article article = changeable(id, caller, precondition);
        ArticleContent content = article.content();
        ArticleRequest current = new ArticleRequest(
                content.title(),
                followsTitle(article) ? null : content.slug(),
                content.summary(),
                content.body(),
                article.tags().stream().map(Tag::getName).toList(),
                article.discussion().open(),
                content.seo().asRequest(),
                featureImageOf(article),
                null);
        return revise(article, patcher.apply(current, patch, ArticleRequest.class), caller);
    }

    /**
     * Makes the content of an old revision current again, as a new revision: its feature image (when its asset
     * still exists) and SEO settings too, unless the revision predates their being kept.
     */
    public ArticleView restore(UUID id, int number, Precondition precondition, Caller caller) {
        Article article = changeable(id, caller, precondition);
        var snapshot = history.find(article.id(), number)
                .orElseThrow(() -> new RevisionNotFound(id, number))
                .snapshot();
        FeatureImageRequest featureImage = featureImageOf(article);
        if (snapshot.recordsPage()) {
            featureImage = snapshot.featureImage() == null
                            || assets.find(snapshot.featureImage().assetId()).isEmpty()
                    ? null
                    : snapshot.featureImage().request();
        }
        var request = new ArticleRequest(
                snapshot.title(),
                snapshot.slug(),
                snapshot.summary(),
                snapshot.body(),
                snapshot.tags(),
                null,
                snapshot.seo(),
                featureImage,
                null);
        return revise(article, request, caller, number);
    }

    /** Editors delete any article; authors only their own drafts that were never published. */
    public void delete(UUID id, Precondition precondition, Caller caller) {
        Article article = access.deletable(id, caller);
        etags.check(precondition, views.of(article), article.version());
        article.markDeleted(Instant.now(clock));
        articles.delete(article);
        articles.flush();
        assets.clearUsage(owner(article));
    }

    public ArticleView submit(UUID id, Precondition precondition, Caller caller) {
        return step(changeable(id, caller, precondition), a -> a.submit(Instant.now(clock)));
    }

    /**
     * Publishes now (no {@code publishAt}), or schedules for a {@code publishAt} in the future. A
     * {@code publishAt} more than {@link PublishRequest#PAST_TOLERANCE} in the past is refused: it is
     * a typo far more often than a wish to publish at once.
     */
    public ArticleView publish(UUID id, PublishRequest request, Precondition precondition, Caller caller) {
        ArticleAccess.requireEditorToPublish(caller);
        Instant now = Instant.now(clock);
        request.requireNotPast(now);
        return step(changeable(id, caller, precondition), a -> {
            if (request.publishAt() != null && request.publishAt().isAfter(now)) {
                a.schedule(request.publishAt(), now);
            } else {
                a.publish(request.publishedAt(), now);
            }
        });
    }

    public ArticleView unpublish(UUID id, Precondition precondition, Caller caller) {
        ArticleAccess.requireRole(caller, Role.EDITOR);
        return step(changeable(id, caller, precondition), a -> a.unpublish(Instant.now(clock)));
    }

    public ArticleView archive(UUID id, Precondition precondition, Caller caller) {
        ArticleAccess.requireRole(caller, Role.EDITOR);
        return step(changeable(id, caller, precondition), a -> a.archive(Instant.now(clock)));
    }

    /** Publishes one scheduled article whose time has come; false when another instance won the race. */
    public boolean publishIfDue(UUID id) {
        Article article = articles.findById(id).orElse(null);
        Instant now = Instant.now(clock);
        if (article == null
                || article.status() != ArticleStatus.SCHEDULED
                || article.scheduledAt().isAfter(now)) {
            return false;
        }
        step(article, a -> a.publishScheduled(now));
        return true;
    }

    /**
     * A new revision of the content: an absent slug keeps the current one, or follows the title while
     * {@link #followsTitle} holds; comments open or close (editors).
     */
    private ArticleView revise(Article article, ArticleRequest request, Caller caller) {
        return revise(article, request, caller, null);
    }

    private ArticleView revise(Article article, ArticleRequest request, Caller caller, Integer restoredFrom) {
        var previous = ArticleRevision.Snapshot.of(article);
        Instant now = Instant.now(clock);
        if (request.commentsOpen() != null
                && request.commentsOpen() != article.discussion().open()) {
            ArticleAccess.requireRole(caller, Role.EDITOR);
            article.openComments(request.commentsOpen(), now);
        }
        ArticleRequest effective =
                request.slug() != null || followsTitle(article) ? request : request.withSlug(article.slug());
        var prepared = contents.of(effective, article, caller, restoredFrom != null);
        article.revise(prepared.content(), tagsOf(request), now);
        Article saved = articles.saveAndFlush(article);
        assets.recordUsage(owner(saved), prepared.assets());
        history.record(saved, previous, caller.username(), restoredFrom);
        return views.of(saved);
    }

    /**
     * Whether a write that names no slug derives it from the (new) title: while the article was never
     * published and its slug is still the one its title derives to. Once published, links exist: it stays.
     */
    private static boolean followsTitle(Article article) {
        return article.publishedAt() == null
                && new Slug(article.slug()).isDerivedFrom(article.content().title());
    }

    private ArticleView step(Article article, Consumer<Article> change) {
        change.accept(article);
        return views.of(articles.saveAndFlush(article));
    }

    /** An article the caller may change, as they last read it. */
    private Article changeable(UUID id, Caller caller, Precondition precondition) {
        Article article = access.changeable(id, caller);
        etags.check(precondition, views.of(article), article.version());
        return article;
    }

    /** Revisions keep the text: restoring one or patching keeps the feature image the article has. */
    private static FeatureImageRequest featureImageOf(Article article) {
        FeatureImage image = article.content().featureImage();
        return image == null ? null : image.request();
    }

    private static AssetOwner owner(Article article) {
        return new AssetOwner(ASSET_OWNER, article.id());
    }

    private List<Tag> tagsOf(ArticleRequest request) {
        return tags.resolve(request.tags() == null ? List.of() : request.tags(), "tags");
    }
}
