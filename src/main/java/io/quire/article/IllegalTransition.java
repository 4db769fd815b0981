package io.quire.article;

import io.quire.core.domain.Conflict;
import java.util.Arrays;
import java.util.stream.Collectors;

/** An action that the article's current state does not allow, naming the states that do. */
class IllegalTransition extends Conflict {

    IllegalTransition(String action, ArticleStatus current, ArticleStatus... allowed) {
        super(
                "illegal-transition",
                "Cannot " + action + " an article that is " + current
                        + "; only " + Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(", "))
                        + " articles can be.",
                null);
    }
}
