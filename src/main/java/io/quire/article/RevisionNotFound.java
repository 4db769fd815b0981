package io.quire.article;

import io.quire.core.domain.NotFound;
import java.util.UUID;

class RevisionNotFound extends NotFound {
    RevisionNotFound(UUID articleId, int number) {
        super("Revision", number + " of article " + articleId);
    }
}
