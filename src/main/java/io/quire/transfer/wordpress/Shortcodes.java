package io.quire.transfer.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * WordPress shortcodes turned into the HTML they stand for, or dropped: {@code [caption]} becomes a figure
 * with its caption, {@code [gallery]} the images it shows (when the export names them), {@code [embed]},
 * {@code [video]} and {@code [audio]} a link to their media; any other shortcode that wraps content leaves
 * the content, and one that only has attributes goes. Bracketed words that are not shortcodes
 * ({@code [sic]}, {@code [1]}) stay.
 */
final class Shortcodes {

    private static final Pattern CAPTION = Pattern.compile(
            "\\[(?:wp_)?caption([^\\]]*)\\](.*?)\\[/(?:wp_)?caption\\]", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern GALLERY = Pattern.compile("\\[gallery([^\\]]*)\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMBED =
            Pattern.compile("\\[embed[^\\]]*\\](.*?)\\[/embed\\]", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern MEDIA = Pattern.compile(
            "\\[(video|audio)([^\\]]*)\\](?:(.*?)\\[/\\1\\])?", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern WRAPPING =
            Pattern.compile("\\[([a-z][a-z0-9_-]*)(\\s[^\\]]*)?\\](.*?)\\[/\\1\\]", Pattern.DOTALL);
    private static final Pattern WITH_ATTRIBUTES =
            Pattern.compile("\\[/?[a-z][a-z0-9_-]*(\\s+[a-z0-9_-]+=(\"[^\"]*\"|'[^']*'|[^\\s\\]]+))+\\s*/?\\]");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z0-9_-]+)=(\"([^\"]*)\"|'([^']*)'|([^\\s\\]]+))");
    private static final Pattern CAPTION_TEXT =
            Pattern.compile("^(\\s*(?:<a[^>]*>\\s*)?<img[^>]*>(?:\\s*</a>)?)(.*)$", Pattern.DOTALL);

    private Shortcodes() {}

    /**
     * The content with shortcodes expanded.
     *
     * @param attachments URL of each attachment by WordPress id, for galleries
     * @param children ids of the attachments of this post, for a gallery that names none
     */
    static String expand(String content, Map<Long, String> attachments, List<Long> children) {
        String text = replace(CAPTION, content, m -> caption(attribute(m.group(1), "caption"), m.group(2)));
        text = replace(GALLERY, text, m -> gallery(attribute(m.group(1), "ids"), attachments, children));
        text = replace(EMBED, text, m -> link(m.group(1).strip()));
        text = replace(MEDIA, text, m -> {
            String src = attribute(m.group(2), "src");
            for (String type : List.of("mp4", "webm", "ogv", "mp3", "ogg", "m4a", "wav")) {
                src = src.isEmpty() ? attribute(m.group(2), type) : src;
            }
            return src.isEmpty() ? "" : link(src);
        });
        String before;
        do {
            before = text;
            text = replace(WRAPPING, text, m -> m.group(3));
        } while (!text.equals(before));
        return WITH_ATTRIBUTES.matcher(text).replaceAll("");
    }

    private static String caption(String attributeCaption, String inner) {
        Matcher parts = CAPTION_TEXT.matcher(inner.strip());
        String image = parts.matches() ? parts.group(1) : inner;
        String caption =
                parts.matches() && !parts.group(2).isBlank() ? parts.group(2).strip() : attributeCaption;
        return "<figure>" + image + (caption.isBlank() ? "" : "<figcaption>" + caption + "</figcaption>") + "</figure>";
    }

    private static String gallery(String ids, Map<Long, String> attachments, List<Long> children) {
        List<Long> shown = new ArrayList<>();
        if (ids.isBlank()) {
            shown.addAll(children);
        } else {
            for (String id : ids.split(",")) {
                if (id.strip().matches("\\d{1,18}")) {
                    shown.add(Long.parseLong(id.strip()));
                }
            }
        }
        StringBuilder html = new StringBuilder();
        for (Long id : shown) {
            String url = attachments.get(id);
            if (url != null) {
                html.append("<p><img src=\"").append(Entities.escape(url)).append("\" alt=\"\"></p>");
            }
        }
        return html.toString();
    }

    private static String link(String url) {
        if (!url.matches("(?i)https?://\\S+")) {
            return "";
        }
        String escaped = Entities.escape(url);
        return "<p><a href=\"" + escaped + "\">" + escaped + "</a></p>";
    }

    static String attribute(String attributes, String name) {
        Matcher m = ATTRIBUTE.matcher(attributes == null ? "" : attributes);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                return m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
            }
        }
        return "";
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
