package io.quire.article;

import io.quire.core.domain.NotPermitted;
import java.util.UUID;

/** Editors closed the article's comments: posting is refused. */
class CommentsClosed extends NotPermitted {

    CommentsClosed(UUID articleId) {
        super("comments-closed", "Comments on article " + articleId + " are closed.");
    }
}
