package io.quire.article;

import io.quire.core.domain.Unavailable;

/** The search index cannot answer right now (the shared cluster is unreachable); lists without {@code q} still work. */
class SearchUnavailable extends Unavailable {

    SearchUnavailable(long retryAfterSeconds) {
        super(
                "search-unavailable",
                "Search is unavailable for a moment; try again after Retry-After seconds. Lists without q still work.",
                retryAfterSeconds);
    }
}
