package io.quire.article;

import io.quire.core.text.Slugs;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The editable fields of an article, to create or replace it. */
@Schema(name = "ArticleRequest", example = """
        {"title": "GPU export rules, explained",
         "summary": "What the new rules cover, and what they mean for cloud providers.",
         "body": "The new rules cover **data-centre GPUs**.\\n\\n## Who is affected\\n\\nCloud providers.",
         "tags": ["AI", "Policy"]}""")
public record ArticleRequest(
        @NotBlank @Size(min = 1, max = 200) @Schema(example = "GPU export rules, explained")
        String title,

        @Size(max = Slugs.MAX_LENGTH)
        @Pattern(regexp = Slugs.PATTERN, message = SLUG_RULE)
        @Schema(
                nullable = true,
                example = "gpu-export-rules-explained",
                description = "Optional; derived from the title when absent (on replace: kept). " + SLUG_RULE)
        String slug,

        @Size(max = 500)
        @Schema(nullable = true, example = "What the new rules cover, and what they mean for cloud providers.")
        String summary,

        @Size(max = 200_000)
        @Schema(
                nullable = true,
                description = "Markdown. Raw HTML is sanitized in `bodyHtml`.",
                example = "The new rules cover **data-centre GPUs**.\n\n## Who is affected\n\nCloud providers.")
        String body,

        @Size(max = 20)
        @ArraySchema(
                arraySchema =
                        @Schema(nullable = true, description = "Tag names, at most 20; unknown names create tags."),
                schema = @Schema(example = "AI"))
        List<String> tags,

        @Schema(
                nullable = true,
                example = "true",
                description = "Whether readers may comment (editors only; absent keeps the current setting).")
        Boolean commentsOpen,

        @Valid
        @Schema(
                nullable = true,
                description = "What search engines and link previews read; absent keeps the current settings.")
        SeoRequest seo,

        @Valid
        @Schema(
                nullable = true,
                description = "The image the article leads with, from the media library; null or absent: none.")
        FeatureImageRequest featureImage,

        @Schema(nullable = true, description = "The version you read; a stale one is refused with 412.", example = "3")
        Long version) {

    public static final String SLUG_RULE = "lowercase a-z0-9 words joined by single hyphens, at most 120 characters";

    /** The same request with this slug. */
    ArticleRequest withSlug(String slug) {
        return new ArticleRequest(title, slug, summary, body, tags, commentsOpen, seo, featureImage, version);
    }
}
