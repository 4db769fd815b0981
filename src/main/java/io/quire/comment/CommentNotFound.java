package io.quire.comment;

import io.quire.core.web.NotFound;

class CommentNotFound extends NotFound {
    CommentNotFound(Object id) {
        super("Comment", id);
    }
}
