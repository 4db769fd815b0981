package io.quire.article;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** One revision: who changed the article when, what changed, and its content as it was then. */
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

        @Schema(example = "[\"AI\", \"Policy\"]") List<String> tags,

        @Schema(
                nullable = true,
                example = "2",
                description = "The number of the revision this one restored, or null when it was not a restore.")
        Integer restoredFrom,

        @Schema(
                example = "[\"title\", \"body\"]",
                description = "The fields that changed from the revision before (`title`, `slug`, `summary`, "
                        + "`body`, `tags`); on the first revision, the fields it set.")
        List<String> changed) {

    static RevisionView of(ArticleRevision revision, List<String> changed) {
        var s = revision.snapshot();
        return new RevisionView(
                revision.number(),
                revision.createdAt(),
                revision.editor(),
                s.title(),
                s.slug(),
                s.summary(),
                s.body(),
                s.tags(),
                revision.restoredFrom(),
                changed);
    }
}
