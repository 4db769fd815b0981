package io.quire.webhook;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The events a delivery announces, by their names on the wire. The declaration order breaks ties between
 * events about the same article that happened in the same instant (a comment is created before it is approved).
 */
enum WebhookEvent {
    PING("ping"),
    ARTICLE_UPDATED("article.updated"),
    ARTICLE_PUBLISHED("article.published"),
    ARTICLE_UNPUBLISHED("article.unpublished"),
    ARTICLE_DELETED("article.deleted"),
    COMMENT_CREATED("comment.created"),
    COMMENT_APPROVED("comment.approved");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }

    /** The events a subscription may name: all but {@link #PING}, which only the ping action sends. */
    static List<String> subscribable() {
        return Arrays.stream(values())
                .filter(e -> e != PING)
                .map(WebhookEvent::wireName)
                .toList();
    }

    static Optional<WebhookEvent> ofWireName(String name) {
        return Arrays.stream(values())
                .filter(e -> e != PING && e.wireName.equals(name))
                .findFirst();
    }
}
