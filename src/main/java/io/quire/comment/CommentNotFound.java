package io.quire.comment;

import io.quire.core.domain.NotFound;

class CommentNotFound extends NotFound {
    CommentNotFound(Object id) {
        super("Comment", id);
    }
}
