package io.quire.article;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where a search matched: a fragment of each matching field with the matched words in
 * {@code <mark>}. The rest of the fragment escapes what HTML needs (ampersand, angle brackets, double quote) and nothing
 * more, so it is safe to insert as is and reads as written (a slash stays a slash).
 */
@Schema(name = "SearchHighlight")
public record SearchHighlightView(
        @Schema(example = "GPU <mark>export</mark> rules, explained", nullable = true)
        String title,

        @Schema(example = "What the new <mark>export</mark> rules cover.", nullable = true)
        String summary,

        @Schema(example = "…licences for <mark>exports</mark> of data-centre GPUs…", nullable = true)
        String body) {

    /** Private-use characters the highlighter puts around matches, before the text is escaped. */
    static final String MARK_START = "\uE000";

    static final String MARK_END = "\uE001";

    /** From fragments that are plain text with matches between {@link #MARK_START} and {@link #MARK_END}. */
    static SearchHighlightView of(String title, String summary, String body) {
        return new SearchHighlightView(html(title), html(summary), html(body));
    }

    private static String html(String fragment) {
        if (fragment == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(fragment.length() + 32);
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\uE000' -> out.append("<mark>");
                case '\uE001' -> out.append("</mark>");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
