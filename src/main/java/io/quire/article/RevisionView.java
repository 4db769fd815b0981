package io.quire.article;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** One revision: who changed the article when, and its content as it was then. */
@Schema(name = "Revision")
public record RevisionView(
        @Schema(example = "3") int number,
        @Schema(example = "2026-11-28T10:15:30Z") Instant createdAt,

        @Schema(example = "ada", description = "Username of whoever made this revision.")
        String editor,

        @Schema(example = "GPU export rules, explained") String title,
        @Schema(example = "gpu-export-rules-explained") String slug,

        @Schema(nullable = true, example = "What the new rules cover.")
        String summary,

        @Schema(example = "The new rules cover **data-centre GPUs**.")
        String body,

        @Schema(example = "[\"AI\", \"Policy\"]") List<String> tags) {

    static RevisionView of(ArticleRevision revision) {
        var s = revision.snapshot();
        return new RevisionView(
                revision.number(),
                revision.createdAt(),
                revision.editor(),
                s.title(),
                s.slug(),
                s.summary(),
                s.body(),
                s.tags());
    }
}
