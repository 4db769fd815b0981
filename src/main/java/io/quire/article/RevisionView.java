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
                        + "`body`, `tags`, `featureImage`, `seo`); on the first revision, the fields it set.")
        List<String> changed,

        @Schema(
                nullable = true,
                description = "The feature image the article had then (null: none, or a revision made before "
                        + "feature images were kept with revisions, when `seo` is null too). A restore brings it "
                        + "back while its asset exists.")
        KeptImage featureImage,

        @Schema(
                nullable = true,
                description = "The SEO settings the article had then, as set (null: a revision made before they "
                        + "were kept; restoring it keeps the current ones).")
        KeptSeo seo) {

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
                changed,
                s.featureImage() == null ? null : KeptImage.of(s.featureImage()),
                s.seo() == null ? null : KeptSeo.of(s.seo()));
    }

    /** A revision's feature image as the article set it (null text: the asset's). */
    @Schema(name = "RevisionFeatureImage")
    public record KeptImage(
            @Schema(example = "8d2f4c1a-6b3e-4f5a-9c7d-1e2f3a4b5c6d")
            java.util.UUID assetId,

            @Schema(nullable = true, description = "Null: the asset's.")
            String alt,

            @Schema(nullable = true, description = "Null: the asset's.")
            String caption,

            @Schema(nullable = true, description = "Null: the asset's.")
            String credit) {

        static KeptImage of(FeatureImage image) {
            return new KeptImage(image.assetId(), image.alt(), image.caption(), image.credit());
        }
    }

    /** A revision's SEO settings as set (null title and description: the article's own). */
    @Schema(name = "RevisionSeo")
    public record KeptSeo(
            @Schema(nullable = true) String title,
            @Schema(nullable = true) String description,
            @Schema(nullable = true) String canonicalUrl,
            boolean noindex) {

        static KeptSeo of(SeoRequest seo) {
            return new KeptSeo(seo.title(), seo.description(), seo.canonicalUrl(), Boolean.TRUE.equals(seo.noindex()));
        }
    }
}
