package io.quire.comment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Comment limits and spam rules.
 *
 * @param postsPerWindow comments one client (IP address) may post within {@code window}
 * @param window the rate-limit window
 * @param maxDepth how deep replies nest: top-level comments have depth 0, so replies to a comment
 *        of depth {@code maxDepth - 1} are refused
 * @param maxLinks a comment with more links than this goes to SPAM
 * @param duplicateWindow the same text posted again on the same article within this time goes to SPAM
 */
@ConfigurationProperties("cms.comments")
record CommentProperties(
        @DefaultValue("5") int postsPerWindow,
        @DefaultValue("1m") Duration window,
        @DefaultValue("5") int maxDepth,
        @DefaultValue("2") int maxLinks,
        @DefaultValue("24h") Duration duplicateWindow) {}
