package io.quire.article;

import io.swagger.v3.oas.annotations.media.Schema;

/** What search engines and link previews read about an article, ready for a page's head. */
@Schema(name = "Seo")
public record SeoView(
        @Schema(
                example = "GPU export rules: what changes for cloud providers",
                description = "For `<title>` and `og:title`: the editors' SEO title, else the article's title.")
        String title,

        @Schema(
                example = "The new export rules, explained for cloud providers in five minutes.",
                description = "For the meta description: the editors' SEO description, else the `excerpt`.")
        String description,

        @Schema(
                nullable = true,
                example = "https://example.org/2026/11/gpu-export-rules",
                description = "For `<link rel=\"canonical\">` when the article first appeared elsewhere; null "
                        + "means the site's own URL of the article is canonical.")
        String canonicalUrl,

        @Schema(
                example = "false",
                description = "Send `<meta name=\"robots\" content=\"noindex\">`: the article is left out of the "
                        + "sitemap and the feeds.")
        boolean noindex) {}
