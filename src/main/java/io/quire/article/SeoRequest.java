package io.quire.article;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What search engines and link previews are to read about an article; every member optional. */
@Schema(
        name = "SeoRequest",
        description = "Every member optional: an absent or empty `title` or `description` falls back to the "
                + "article's own on read. Absent as a whole on a replace (PUT), the current settings stay.")
public record SeoRequest(
        @Size(max = 200) @Schema(nullable = true, example = "GPU export rules: what changes for cloud providers")
        String title,

        @Size(max = 500)
        @Schema(nullable = true, example = "The new export rules, explained for cloud providers in five minutes.")
        String description,

        @Size(max = 2000)
        @Pattern(regexp = ABSOLUTE_URL, message = "must be an absolute http or https URL")
        @Schema(
                nullable = true,
                example = "https://example.org/2026/11/gpu-export-rules",
                description = "Where the article first appeared, when that is elsewhere: an absolute http or "
                        + "https URL, at most 2,000 characters.")
        String canonicalUrl,

        @Schema(
                nullable = true,
                example = "false",
                description = "Keep search engines away: the article stays readable, but leaves the sitemap and "
                        + "the feeds, and a site should send `noindex`.")
        Boolean noindex) {

    /** An absolute http(s) URL with a host and no white space. */
    static final String ABSOLUTE_URL = "^https?://[^\\s/?#@]+(?:[/?#]\\S*)?$";
}
