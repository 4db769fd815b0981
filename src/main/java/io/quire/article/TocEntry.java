package io.quire.article;

import io.swagger.v3.oas.annotations.media.Schema;

/** A heading of the article's body, as a table of contents lists it. */
@Schema(name = "TocEntry")
public record TocEntry(
        @Schema(example = "2", description = "1 to 6, as in `<h2>`.")
        int level,

        @Schema(example = "Who is affected") String text,

        @Schema(
                example = "who-is-affected",
                description = "The heading's `id` in `bodyHtml`: link to `#who-is-affected`. Derived from the "
                        + "heading's text (`-2`, `-3` for repeated texts), so it stays when other text changes.")
        String id) {}
