package io.quire.article;

import static io.quire.article.ArticleStatus.ARCHIVED;
import static io.quire.article.ArticleStatus.DRAFT;
import static io.quire.article.ArticleStatus.IN_REVIEW;
import static io.quire.article.ArticleStatus.PUBLISHED;
import static io.quire.article.ArticleStatus.SCHEDULED;

import java.util.List;

/**
 * The editorial workflow as a table: each step, the states it may start from, and where it leads.
 * {@code DRAFT → IN_REVIEW → PUBLISHED}, with scheduling, unpublishing and archiving beside.
 */
enum Transition {
    SUBMIT("submit", IN_REVIEW, DRAFT),
    PUBLISH("publish", PUBLISHED, DRAFT, IN_REVIEW, SCHEDULED, ARCHIVED),
    PUBLISH_SCHEDULED("publish", PUBLISHED, SCHEDULED),
    SCHEDULE("schedule", SCHEDULED, DRAFT, IN_REVIEW, SCHEDULED, ARCHIVED),
    UNPUBLISH("unpublish", DRAFT, PUBLISHED, SCHEDULED),
    ARCHIVE("archive", ARCHIVED, DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED);

    private final String action;
    private final ArticleStatus target;
    private final List<ArticleStatus> from;

    Transition(String action, ArticleStatus target, ArticleStatus... from) {
        this.action = action;
        this.target = target;
        this.from = List.of(from);
    }

    /**
     * The state this step leads to from {@code current}.
     *
     * @throws IllegalTransition when the step cannot start from {@code current}
     */
    ArticleStatus from(ArticleStatus current) {
        if (!from.contains(current)) {
            throw new IllegalTransition(action, current, from.toArray(ArticleStatus[]::new));
        }
        return target;
    }
}
