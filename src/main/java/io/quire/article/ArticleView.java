package io.quire.article;

import io.quire.tag.TagRefView;
import io.quire.user.AuthorView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An article as the API shows it. */
@Schema(name = "Article")
public record ArticleView(
        @Schema(example = "3f1e6a52-4c1b-4b8e-9a57-0c6f1d2e3b4a")
        UUID id,

        @Schema(example = "gpu-export-rules-explained") String slug,
        @Schema(example = "GPU export rules, explained") String title,

        @Schema(nullable = true, example = "What the new rules cover, and what they mean for cloud providers.")
        String summary,

        @Schema(description = "Markdown source.", example = "The new rules cover **data-centre GPUs**.")
        String body,

        @Schema(
                description = "Sanitized HTML rendered from `body`: safe to insert into a page as is.",
                example = "<p>The new rules cover <strong>data-centre GPUs</strong>.</p>")
        String bodyHtml,

        @Schema(example = "PUBLISHED") ArticleStatus status,

        @Schema(
                nullable = true,
                example = "2026-11-28T10:15:30Z",
                description = "First publication time; null until " + "the article is first published.")
        Instant publishedAt,

        @Schema(nullable = true, description = "When a SCHEDULED article goes live; null otherwise.")
        Instant scheduledAt,

        AuthorView author,
        List<TagRefView> tags,

        @Schema(example = "6", description = "Approved comments.")
        int commentCount,

        @Schema(example = "true", description = "Whether readers may comment.")
        boolean commentsOpen,

        @Schema(example = "2") int readingTimeMinutes,
        @Schema(example = "2026-11-27T16:02:11Z") Instant createdAt,
        @Schema(example = "2026-11-28T10:15:30Z") Instant updatedAt,

        @Schema(
                example = "3",
                description = "Increases with every change; send it back to guard against " + "lost updates.")
        long version,

        @Schema(description = "In search results (`q`): where the article matched; null elsewhere.", nullable = true)
        SearchHighlightView highlight) {

    ArticleView withHighlight(SearchHighlightView highlight) {
        return new ArticleView(
                id,
                slug,
                title,
                summary,
                body,
                bodyHtml,
                status,
                publishedAt,
                scheduledAt,
                author,
                tags,
                commentCount,
                commentsOpen,
                readingTimeMinutes,
                createdAt,
                updatedAt,
                version,
                highlight);
    }
}
