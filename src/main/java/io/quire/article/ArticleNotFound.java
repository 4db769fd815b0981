package io.quire.article;

import io.quire.core.domain.NotFound;

/** Absent, or not visible to this caller (a draft is 404 to the public, never 403). */
class ArticleNotFound extends NotFound {
    ArticleNotFound(Object id) {
        super("Article", id);
    }
}
