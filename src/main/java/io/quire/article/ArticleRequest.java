package io.quire.article;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import io.quire.core.text.Slugs;

/** The editable fields of an article, to create or replace it. */
@Schema(name = "ArticleRequest")
public record ArticleRequest(
        @NotBlank @Size(min = 1, max = 200) @Schema(example = "GPU export rules, explained") String title,
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = SLUG_RULE)
        @Schema(description = "Optional; derived from the title when absent (on replace: kept). " + SLUG_RULE,
                example = "gpu-export-rules-explained") String slug,
        @Size(max = 500) @Schema(example = "What the new rules cover, and what they mean for cloud providers.")
        String summary,
        @Size(max = 200_000) @Schema(description = "Markdown. Raw HTML is sanitized in `bodyHtml`.",
                example = "The new rules cover **data-centre GPUs**.\n\n## Who is affected\n\nCloud providers.")
        String body,
        @Size(max = 20) @ArraySchema(arraySchema = @Schema(description = "Tag names, at most 20; unknown names "
                + "create tags."), schema = @Schema(example = "AI")) List<String> tags,
        @Schema(description = "Whether readers may comment (editors only; absent keeps the current setting).",
                example = "true") Boolean commentsOpen,
        @Schema(description = "The version you read; a stale one is refused with 412.", example = "3")
        Long version) {

    public static final String SLUG_RULE = "lowercase a-z0-9 words joined by single hyphens, at most 120 characters";
}
