package io.quire.comment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Sends obvious spam to SPAM instead of the moderation queue: a filled honeypot field, more
 * links than a conversation needs, or the same text posted again on the same article.
 */
@Component
class SpamFilter {

    private static final Pattern LINK = Pattern.compile("(?i)(https?://|www\\.)");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final Comments comments;
    private final CommentProperties properties;
    private final Clock clock;

    SpamFilter(Comments comments, CommentProperties properties, Clock clock) {
        this.comments = comments;
        this.properties = properties;
        this.clock = clock;
    }

    /** Why the comment is spam, if it is. */
    Optional<String> check(UUID articleId, CommentRequest comment, String bodyHash) {
        if (comment.website() != null && !comment.website().isBlank()) {
            return Optional.of("honeypot field filled");
        }
        long links = LINK.matcher(comment.body()).results().count();
        if (links > properties.maxLinks()) {
            return Optional.of(links + " links, more than " + properties.maxLinks());
        }
        Instant since = Instant.now(clock).minus(properties.duplicateWindow());
        if (comments.existsByArticleIdAndBodyHashAndCreatedAtAfter(articleId, bodyHash, since)) {
            return Optional.of("the same text was posted on this article before");
        }
        return Optional.empty();
    }

    /** A fingerprint of the text that ignores case and spacing, for spotting repeats. */
    static String fingerprint(String body) {
        String normalized = SPACE.matcher(body.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
