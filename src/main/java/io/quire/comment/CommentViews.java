package io.quire.comment;

import io.quire.article.ArticleLookup;
import io.quire.article.ArticleRef;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * Comments and moderation decisions as moderators see them, each with the title and slug of its article: one query
 * for the articles of a whole page, not one per comment.
 */
@Component
class CommentViews {

    private final ArticleLookup articles;
    private final Comments comments;

    CommentViews(ArticleLookup articles, Comments comments) {
        this.articles = articles;
        this.comments = comments;
    }

    ModeratedCommentView one(Comment comment) {
        return all(List.of(comment)).get(0);
    }

    List<ModeratedCommentView> all(List<Comment> comments) {
        Map<UUID, ArticleRef> refs = articles.refs(
                comments.stream().map(Comment::articleId).distinct().toList());
        return comments.stream()
                .map(c -> ModeratedCommentView.of(c, refs.get(c.articleId())))
                .toList();
    }

    Page<ModeratedCommentView> page(Page<Comment> comments) {
        var shaped = all(comments.getContent()).iterator();
        return comments.map(c -> shaped.next());
    }

    /** Decisions with the article of each decided comment (a comment's decisions go when it does). */
    Page<ModerationView> moderations(Page<CommentModeration> decisions) {
        List<UUID> commentIds =
                decisions.stream().map(CommentModeration::commentId).distinct().toList();
        Map<UUID, UUID> articleOf =
                comments.findAllById(commentIds).stream().collect(Collectors.toMap(Comment::id, Comment::articleId));
        Map<UUID, ArticleRef> refs =
                articles.refs(articleOf.values().stream().distinct().toList());
        return decisions.map(m -> m.view(refs.get(articleOf.get(m.commentId()))));
    }
}
