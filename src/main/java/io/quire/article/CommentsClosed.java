package io.quire.article;

import io.quire.core.web.ProblemException;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** Editors closed the article's comments: posting is refused with 403. */
class CommentsClosed extends ProblemException {

    CommentsClosed(UUID articleId) {
        super(HttpStatus.FORBIDDEN, "comments-closed", "Comments on article " + articleId + " are closed.");
    }
}
