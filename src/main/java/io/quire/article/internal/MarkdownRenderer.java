package io.quire.article.internal;

import io.quire.media.AssetImage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.ElementPolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Markdown (CommonMark with GitHub tables, strikethrough and autolinks) to HTML that is safe
 * to insert into a page: the OWASP sanitizer keeps formatting, links and images and drops
 * scripts, event handlers, styles and {@code javascript:} URLs, including those written as raw HTML.
 */
@Component
public class MarkdownRenderer {

    private static final int WORDS_PER_MINUTE = 200;
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    private static final PolicyFactory POLICY = policy(ElementPolicy.IDENTITY_ELEMENT_POLICY);

    private static PolicyFactory policy(ElementPolicy images) {
        return new HtmlPolicyBuilder()
                .allowElements(
                        "p",
                        "br",
                        "hr",
                        "h1",
                        "h2",
                        "h3",
                        "h4",
                        "h5",
                        "h6",
                        "blockquote",
                        "pre",
                        "code",
                        "em",
                        "strong",
                        "del",
                        "s",
                        "ul",
                        "ol",
                        "li",
                        "a",
                        "img",
                        "table",
                        "thead",
                        "tbody",
                        "tr",
                        "th",
                        "td",
                        "sup",
                        "sub",
                        "figure",
                        "figcaption",
                        "span",
                        "div")
                .allowUrlProtocols("http", "https", "mailto")
                .allowAttributes("href", "title")
                .onElements("a")
                .requireRelsOnLinks("noopener", "noreferrer")
                .allowAttributes("src", "alt", "title", "width", "height")
                .onElements("img")
                .allowAttributes("start")
                .matching(Pattern.compile("\\d{1,6}"))
                .onElements("ol")
                .allowAttributes("align")
                .matching(true, "left", "center", "right")
                .onElements("th", "td")
                .allowAttributes("class")
                .matching(Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}"))
                .onElements("code")
                .allowElements(images, "img")
                .toFactory();
    }

    private final List<Extension> extensions =
            List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());
    private final Parser parser = Parser.builder().extensions(extensions).build();
    private final HtmlRenderer renderer =
            HtmlRenderer.builder().extensions(extensions).sanitizeUrls(true).build();

    public String toSafeHtml(String markdown) {
        return render(markdown, url -> Optional.empty()).html();
    }

    /**
     * Safe HTML in which every image whose URL is an asset's file (the original or a rendition) is responsive:
     * {@code width} and {@code height} of the asset, {@code srcset} of its files, {@code sizes} and
     * {@code loading="lazy"}, and the asset's {@code alt} where the Markdown gives none. These attributes come
     * only from here: written by hand on an image, they are dropped.
     *
     * @param assets the asset a URL is a file of, if any
     */
    public Rendered render(String markdown, Function<String, Optional<AssetImage>> assets) {
        if (markdown == null || markdown.isBlank()) {
            return new Rendered("", Set.of());
        }
        ResponsiveImages images = new ResponsiveImages(assets);
        String html =
                policy(images).sanitize(renderer.render(parser.parse(markdown))).strip();
        return new Rendered(html, images.used());
    }

    /** The HTML and the assets its images show. */
    public record Rendered(String html, Set<UUID> assets) {}

    /** Minutes to read the text at 200 words a minute, at least 1. */
    public int readingTimeMinutes(String markdown) {
        if (markdown == null) {
            return 1;
        }
        long words = WORDS.matcher(markdown).results().count();
        return (int) Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
