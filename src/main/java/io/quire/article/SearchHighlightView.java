package io.quire.article;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where a search matched: a fragment of each matching field with the matched words in
 * {@code <mark>}. The rest of the fragment is HTML-escaped, so it is safe to insert as is.
 */
@Schema(name = "SearchHighlight")
public record SearchHighlightView(
        @Schema(example = "GPU <mark>export</mark> rules, explained", nullable = true)
        String title,

        @Schema(example = "What the new <mark>export</mark> rules cover.", nullable = true)
        String summary,

        @Schema(example = "…licences for <mark>exports</mark> of data-centre GPUs…", nullable = true)
        String body) {}
