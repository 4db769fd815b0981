package io.quire.comment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Comment posting limits.
 *
 * @param postsPerWindow comments one client (IP address) may post within {@code window}
 * @param window the rate-limit window
 */
@ConfigurationProperties("cms.comments")
record CommentProperties(
        @DefaultValue("5") int postsPerWindow,
        @DefaultValue("1m") Duration window) {
}
