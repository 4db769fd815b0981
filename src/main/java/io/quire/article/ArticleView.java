package io.quire.article;

import com.fasterxml.jackson.annotation.JsonFilter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quire.core.web.FieldSelection;
import io.quire.tag.TagRefView;
import io.quire.user.AuthorView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An article as a single read shows it; with {@code fields}, only the fields asked for. */
@Schema(name = "Article")
@JsonFilter(FieldSelection.FILTER)
public record ArticleView(
        @Schema(example = "3f1e6a52-4c1b-4b8e-9a57-0c6f1d2e3b4a")
        UUID id,

        @Schema(example = "gpu-export-rules-explained") String slug,
        @Schema(example = "GPU export rules, explained") String title,

        @Schema(nullable = true, example = "What the new rules cover, and what they mean for cloud providers.")
        String summary,

        @Schema(description = EXCERPT, example = "What the new rules cover, and what they mean for cloud providers.")
        String excerpt,

        @Schema(description = "Markdown source.", example = "The new rules cover **data-centre GPUs**.")
        String body,

        @Schema(
                description = "Sanitized HTML rendered from `body`: safe to insert into a page as is. Every heading "
                        + "carries the `id` its `toc` entry names.",
                example = "<p>The new rules cover <strong>data-centre GPUs</strong>.</p>")
        String bodyHtml,

        @Schema(description = "The headings of `bodyHtml` in document order: a table of contents.")
        List<TocEntry> toc,

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

        @Schema(nullable = true, description = "The image the article leads with; null when it has none.")
        FeatureImageView featureImage,

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

        SeoView seo,

        @Schema(
                nullable = true,
                description = "The image a link preview shows (`og:image`): the article's feature image once it has "
                        + "one; null while it has none.")
        ShareImageView shareImage,

        @Schema(description = "In search results (`q`): where the article matched; null elsewhere.", nullable = true)
        SearchHighlightView highlight,

        @JsonIgnore FieldSelection selection)
        implements FieldSelection.Selectable {

    static final String EXCERPT =
            "The summary or, without one, the first 200 or so characters of the body's text (cut at a word, "
                    + "ending in `…`). Plain text: escape it when inserting it into HTML.";

    /** The names `fields` takes: every field of a single read. */
    public static final Set<String> FIELDS = FieldSelection.propertiesOf(ArticleView.class);

    ArticleView withHighlight(SearchHighlightView highlight) {
        return with(highlight, selection);
    }

    /** What {@code fields} (comma-separated names) selects from a single read: null for everything. */
    public static FieldSelection selection(String fields) {
        return fields == null ? null : FieldSelection.parse(fields, FIELDS, FIELDS);
    }

    /** This article with only the selected fields; all of them for a null selection. */
    public ArticleView select(FieldSelection selection) {
        return selection == null ? this : with(highlight, selection);
    }

    private ArticleView with(SearchHighlightView highlight, FieldSelection selection) {
        return new ArticleView(
                id,
                slug,
                title,
                summary,
                excerpt,
                body,
                bodyHtml,
                toc,
                status,
                publishedAt,
                scheduledAt,
                author,
                tags,
                featureImage,
                commentCount,
                commentsOpen,
                readingTimeMinutes,
                createdAt,
                updatedAt,
                version,
                seo,
                shareImage,
                highlight,
                selection);
    }
}
