package io.quire.article;

import java.util.UUID;

import io.quire.core.web.NotFound;

class RevisionNotFound extends NotFound {
    RevisionNotFound(UUID articleId, int number) {
        super("Revision", number + " of article " + articleId);
    }
}
