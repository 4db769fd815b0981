package io.quire.comment;

import io.quire.article.ArticleLookup;
import io.quire.article.ArticleRef;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * Comments as moderators see them, each with the title and slug of its article: one query for the
 * articles of a whole page, not one per comment.
 */
@Component
class CommentViews {

    private final ArticleLookup articles;

    CommentViews(ArticleLookup articles) {
        this.articles = articles;
    }

    ModeratedCommentView one(Comment comment) {
        return all(List.of(comment)).get(0);
    }

    List<ModeratedCommentView> all(List<Comment> comments) {
        Map<java.util.UUID, ArticleRef> refs = articles.refs(
                comments.stream().map(Comment::articleId).distinct().toList());
        return comments.stream()
                .map(c -> ModeratedCommentView.of(c, refs.get(c.articleId())))
                .toList();
    }

    Page<ModeratedCommentView> page(Page<Comment> comments) {
        var shaped = all(comments.getContent()).iterator();
        return comments.map(c -> shaped.next());
    }
}
