package io.quire.article;

import com.fasterxml.jackson.annotation.JsonFilter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quire.core.web.FieldSelection;
import io.quire.tag.TagRefView;
import io.quire.user.AuthorView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An article as lists show it: every field of a single read but the body ({@code body},
 * {@code bodyHtml}, {@code toc}), which {@code fields} brings back by name; with {@code fields},
 * exactly the fields asked for.
 */
@Schema(
        name = "ArticleListItem",
        description = "An article in a list: the fields of `Article` without `body`, `bodyHtml` and `toc`. "
                + "`fields` picks exactly the fields named (the others are absent), and may name those three to "
                + "bring them back, as described in `Article`.")
@JsonFilter(FieldSelection.FILTER)
public record ArticleListItem(
        @Schema(example = "3f1e6a52-4c1b-4b8e-9a57-0c6f1d2e3b4a")
        UUID id,

        @Schema(example = "gpu-export-rules-explained") String slug,
        @Schema(example = "GPU export rules, explained") String title,

        @Schema(nullable = true, example = "What the new rules cover, and what they mean for cloud providers.")
        String summary,

        @Schema(
                description = ArticleView.EXCERPT,
                example = "What the new rules cover, and what they mean for cloud providers.")
        String excerpt,

        @Schema(hidden = true) String body,
        @Schema(hidden = true) String bodyHtml,
        @Schema(hidden = true) List<TocEntry> toc,
        @Schema(example = "PUBLISHED") ArticleStatus status,

        @Schema(nullable = true, example = "2026-11-28T10:15:30Z", description = "First publication time.")
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

        @Schema(example = "3", description = "Increases with every change.")
        long version,

        SeoView seo,

        @Schema(nullable = true, description = "The image a link preview shows; null while the article has none.")
        ShareImageView shareImage,

        @Schema(description = "In search results (`q`): where the article matched; null elsewhere.", nullable = true)
        SearchHighlightView highlight,

        @JsonIgnore FieldSelection selection)
        implements FieldSelection.Selectable {

    /** What a list item holds when {@code fields} is absent: everything but the body. */
    static final Set<String> DEFAULT_FIELDS = defaults();

    /** The fields of a list item {@code fields} selects from (all article fields); see {@link #selection(String)}. */
    public static FieldSelection selection(String fields) {
        return FieldSelection.parse(fields, ArticleView.FIELDS, DEFAULT_FIELDS);
    }

    public static ArticleListItem of(ArticleView a, FieldSelection selection) {
        return new ArticleListItem(
                a.id(),
                a.slug(),
                a.title(),
                a.summary(),
                a.excerpt(),
                a.body(),
                a.bodyHtml(),
                a.toc(),
                a.status(),
                a.publishedAt(),
                a.scheduledAt(),
                a.author(),
                a.tags(),
                a.featureImage(),
                a.commentCount(),
                a.commentsOpen(),
                a.readingTimeMinutes(),
                a.createdAt(),
                a.updatedAt(),
                a.version(),
                a.seo(),
                a.shareImage(),
                a.highlight(),
                selection);
    }

    private static Set<String> defaults() {
        Set<String> names = new LinkedHashSet<>(ArticleView.FIELDS);
        names.removeAll(Set.of("body", "bodyHtml", "toc"));
        return Set.copyOf(names);
    }
}
