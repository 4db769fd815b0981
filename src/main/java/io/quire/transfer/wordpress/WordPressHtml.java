package io.quire.transfer.wordpress;

import com.vladsch.flexmark.html2md.converter.ExtensionConversion;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.html2md.converter.HtmlMarkdownWriter;
import com.vladsch.flexmark.html2md.converter.HtmlNodeConverterContext;
import com.vladsch.flexmark.html2md.converter.HtmlNodeRenderer;
import com.vladsch.flexmark.html2md.converter.HtmlNodeRendererHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * WordPress post content (classic HTML with automatic paragraphs, or block-editor HTML with its
 * {@code <!-- wp:… -->} comments) as the Markdown Quire keeps: block comments go, shortcodes are expanded or
 * dropped, automatic paragraphs become real ones, and flexmark's HTML-to-Markdown converter writes headings,
 * lists, links, emphasis, quotes, code, tables and line breaks. Images are written here (flexmark would turn an
 * image named like an emoji into an emoji), figures become an image and an emphasised caption, and embedded
 * players a link to what they play. What has no Markdown form stays HTML, for the sanitizer to clean.
 */
final class WordPressHtml {

    private static final Pattern COMMENTS = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    private final FlexmarkHtmlConverter converter;

    WordPressHtml() {
        MutableDataSet options = new MutableDataSet();
        options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
        options.set(FlexmarkHtmlConverter.THEMATIC_BREAK, "---");
        options.set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false);
        options.set(FlexmarkHtmlConverter.EXT_INLINE_SUB, ExtensionConversion.HTML);
        options.set(FlexmarkHtmlConverter.EXT_INLINE_SUP, ExtensionConversion.HTML);
        options.set(FlexmarkHtmlConverter.EXT_INLINE_INS, ExtensionConversion.HTML);
        options.set(FlexmarkHtmlConverter.MAX_TRAILING_BLANK_LINES, 0);
        options.set(FlexmarkHtmlConverter.BR_AS_EXTRA_BLANK_LINES, false);
        options.set(FlexmarkHtmlConverter.BR_AS_PARA_BREAKS, false);
        this.converter = FlexmarkHtmlConverter.builder(options)
                .htmlNodeRendererFactory(data -> new QuireRenderers())
                .build();
    }

    /**
     * The Markdown of the content.
     *
     * @param attachments URL of each attachment of the export by WordPress id, for galleries
     * @param children ids of this post's attachments, for a gallery that names none
     */
    String toMarkdown(String content, Map<Long, String> attachments, List<Long> children) {
        if (content == null || content.isBlank()) {
            return "";
        }
        String html = Shortcodes.expand(COMMENTS.matcher(content).replaceAll(""), attachments, children);
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        document.select("script, style, noscript, template").remove();
        Autop.apply(document.body());
        headerRows(document);
        codeBlocks(document);
        return converter.convert(document.body().html()).strip();
    }

    /**
     * A Markdown table has exactly one header row: a table without a head gets its first row as one, and header
     * cells in the body (row headings) become plain cells.
     */
    private static void headerRows(Document document) {
        for (Element table : document.select("table")) {
            Element first = table.selectFirst("tr");
            if (table.selectFirst("thead") == null && first != null) {
                first.select("td").forEach(cell -> cell.tagName("th"));
                first.remove();
                table.prependElement("thead").appendChild(first);
            }
            table.select("tbody th, tfoot th").forEach(cell -> cell.tagName("td"));
        }
    }

    /**
     * Inline code broken into lines (classic content writes code as {@code <code>} with {@code <br>}) is a code
     * block when it is all its paragraph holds, and one line otherwise.
     */
    private static void codeBlocks(Document document) {
        for (Element code : document.select("code:has(br)")) {
            Element parent = code.parent();
            boolean alone = parent != null
                    && parent.normalName().equals("p")
                    && parent.children().size() == 1
                    && parent.ownText().isBlank();
            code.select("br").forEach(br -> br.replaceWith(new org.jsoup.nodes.TextNode(alone ? "\n" : " ")));
            if (alone) {
                parent.replaceWith(new Element("pre").appendChild(code.clone()));
            }
        }
    }

    private static final class QuireRenderers implements HtmlNodeRenderer {

        @Override
        public Set<HtmlNodeRendererHandler<?>> getHtmlNodeRendererHandlers() {
            return Set.of(
                    new HtmlNodeRendererHandler<>("pre", Element.class, QuireRenderers::code),
                    new HtmlNodeRendererHandler<>("img", Element.class, QuireRenderers::image),
                    new HtmlNodeRendererHandler<>("figcaption", Element.class, QuireRenderers::caption),
                    new HtmlNodeRendererHandler<>("iframe", Element.class, QuireRenderers::player),
                    new HtmlNodeRendererHandler<>("video", Element.class, QuireRenderers::player),
                    new HtmlNodeRendererHandler<>("audio", Element.class, QuireRenderers::player),
                    new HtmlNodeRendererHandler<>("embed", Element.class, QuireRenderers::player),
                    new HtmlNodeRendererHandler<>("object", Element.class, QuireRenderers::player));
        }

        /**
         * A code block is always fenced, with the language of a {@code language-…} or {@code lang-…} class, and its
         * text exactly as written: the converter's own choice between fenced and indented depends on what it
         * converted before.
         */
        private static void code(Element pre, HtmlNodeConverterContext context, HtmlMarkdownWriter out) {
            Element code =
                    pre.children().size() == 1 && pre.child(0).normalName().equals("code") ? pre.child(0) : pre;
            String text = code.wholeText().replaceAll("\\R", "\n").replaceAll("\n+$", "");
            String fence = "```";
            while (text.contains(fence)) {
                fence += "`";
            }
            String language = "";
            for (String name : (code.className() + " " + pre.className()).split("\\s+")) {
                if (language.isEmpty() && name.matches("(language|lang)-[\\w+#.-]+")) {
                    language = name.substring(name.indexOf('-') + 1);
                }
            }
            out.blankLine();
            out.append(fence).append(language).line();
            out.openPreFormatted(true);
            out.append(text).line();
            out.closePreFormatted();
            out.append(fence).line();
            out.blankLine();
        }

        private static void image(Element img, HtmlNodeConverterContext context, HtmlMarkdownWriter out) {
            String src = img.attr("src").strip();
            if (src.isEmpty()) {
                return;
            }
            boolean ownBlock = img.parent() != null && img.parent().normalName().equals("figure");
            if (ownBlock) {
                out.blankLine();
            }
            out.append("![")
                    .append(escape(img.attr("alt").strip()))
                    .append("](")
                    .append(url(src));
            String title = img.attr("title").strip();
            if (!title.isEmpty()) {
                out.append(" \"").append(title.replace("\"", "\\\"")).append('"');
            }
            out.append(')');
            if (ownBlock) {
                out.blankLine();
            }
        }

        private static void caption(Element caption, HtmlNodeConverterContext context, HtmlMarkdownWriter out) {
            String text = caption.text().strip();
            if (!text.isEmpty()) {
                out.blankLine();
                out.append('*').append(escape(text)).append('*');
                out.blankLine();
            }
        }

        private static void player(Element player, HtmlNodeConverterContext context, HtmlMarkdownWriter out) {
            String src = player.hasAttr("src") ? player.attr("src") : player.attr("data");
            if (src.isEmpty()) {
                Element source = player.selectFirst("source[src]");
                src = source == null ? "" : source.attr("src");
            }
            if (src.strip().matches("(?i)https?://\\S+")) {
                out.blankLine();
                out.append('<').append(src.strip()).append('>');
                out.blankLine();
            }
        }

        private static String escape(String text) {
            return text.replace("\\", "\\\\")
                    .replace("[", "\\[")
                    .replace("]", "\\]")
                    .replace("*", "\\*")
                    .replace("_", "\\_");
        }

        private static String url(String src) {
            return src.replace(" ", "%20").replace("(", "%28").replace(")", "%29");
        }
    }
}
