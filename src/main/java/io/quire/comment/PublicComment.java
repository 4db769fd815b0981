package io.quire.comment;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A comment as the public sees it: no e-mail address, no moderation state. */
@Schema(name = "Comment")
public record PublicComment(
        @Schema(example = "8d2f5b7a-1c3e-4f6a-9b8c-7d6e5f4a3b2c") UUID id,
        @Schema(example = "3f1e6a52-4c1b-4b8e-9a57-0c6f1d2e3b4a") UUID articleId,
        @Schema(example = "null", description = "The comment this one replies to, if any.") UUID parentId,
        @Schema(example = "Grace") String authorName,
        @Schema(example = "Clear explanation, thank you.", description = "Plain text, as posted: escape it "
                + "when rendering.") String body,
        @Schema(example = "2026-11-28T11:02:00Z") Instant createdAt) {

    static PublicComment of(Comment c) {
        return new PublicComment(c.id(), c.articleId(), c.parentId(), c.authorName(), c.body(), c.createdAt());
    }
}
