package io.quire.article;

import io.quire.core.domain.NotPermitted;
import io.quire.core.security.Caller;
import io.quire.core.security.Role;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which article. The public sees published articles; authors also their
 * own; editors everything. An article the caller may not see does not exist for them (404, never
 * 403); one they see but may not change is refused.
 */
@Component
class ArticleAccess {

    private final Articles articles;

    ArticleAccess(Articles articles) {
        this.articles = articles;
    }

    static boolean canSee(Article article, Caller caller) {
        return article.isPublished()
                || caller.readsUnpublished()
                || caller.has(Role.AUTHOR) && article.authorId().equals(caller.id());
    }

    /** Whether the caller sees published articles only, whatever a filter asks for. */
    static boolean seesOnlyPublished(Caller caller) {
        return !caller.readsUnpublished() && (caller.isAnonymous() || !caller.has(Role.AUTHOR));
    }

    static void requireRole(Caller caller, Role role) {
        if (!caller.has(role)) {
            throw new NotPermitted("This needs the " + role + " role.");
        }
    }

    /** Publishing takes an editor; an author is told the way that is open to them. */
    static void requireEditorToPublish(Caller caller) {
        if (!caller.has(Role.EDITOR)) {
            throw new NotPermitted("Publishing needs the EDITOR role. As an author, submit the article for review "
                    + "(\"Submit for review\", POST /api/v1/articles/{id}/submit) and an editor publishes it.");
        }
    }

    /** The article, if this caller may see it. */
    Article visible(UUID id, Caller caller) {
        return articles.findById(id).filter(a -> canSee(a, caller)).orElseThrow(() -> new ArticleNotFound(id));
    }

    /** An article this caller may change: its author's or, for an editor, any. */
    Article changeable(UUID id, Caller caller) {
        Article article = visible(id, caller);
        if (!isOwnOrEditor(article, caller)) {
            throw new NotPermitted("Authors may change only their own articles.");
        }
        return article;
    }

    /** An article whose history this caller may read: its author and editors may. */
    Article withReadableHistory(UUID id, Caller caller) {
        Article article = visible(id, caller);
        if (!isOwnOrEditor(article, caller)) {
            throw new NotPermitted("Only the article's author and editors may read its history.");
        }
        return article;
    }

    /** An article this caller may delete: any for an editor, an author's own never-published draft. */
    Article deletable(UUID id, Caller caller) {
        Article article = visible(id, caller);
        boolean ownNeverPublished = article.authorId().equals(caller.id())
                && article.publishedAt() == null
                && (article.status() == ArticleStatus.DRAFT || article.status() == ArticleStatus.IN_REVIEW);
        if (!caller.isEditor() && !ownNeverPublished) {
            throw new NotPermitted(
                    "Only editors delete articles; authors may delete their own never-published drafts.");
        }
        return article;
    }

    private static boolean isOwnOrEditor(Article article, Caller caller) {
        return caller.isEditor() || article.authorId().equals(caller.id());
    }
}
