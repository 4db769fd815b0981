package io.quire.article;

import io.quire.core.web.ProblemException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/** An action that the article's current state does not allow: 409, naming the states that do. */
class IllegalTransition extends ProblemException {

    IllegalTransition(String action, ArticleStatus current, ArticleStatus... allowed) {
        super(
                HttpStatus.CONFLICT,
                "illegal-transition",
                "Cannot " + action + " an article that is " + current
                        + "; only " + Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(", "))
                        + " articles can be.");
    }
}
