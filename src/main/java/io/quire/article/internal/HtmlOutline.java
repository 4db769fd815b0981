package io.quire.article.internal;

import io.quire.core.text.Slugs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading aids taken from an article's sanitized HTML: every heading gets an {@code id} derived from
 * its text (unique within the article: a repeated text gets {@code -2}, {@code -3} in document order),
 * so links to a section survive edits elsewhere; the headings make the table of contents; the text
 * makes the excerpt. Works on the sanitizer's output, whose tags are well formed and whose headings
 * carry no attributes of their own.
 */
public final class HtmlOutline {

    private static final Pattern HEADING = Pattern.compile("<h([1-6])(?:\\s[^>]*)?>(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BLOCK_END = Pattern.compile("</(?:p|h[1-6]|li|blockquote|pre|td|th|div)>|<br\\s*/?>");
    private static final Pattern ENTITY =
            Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private HtmlOutline() {}

    /** A heading as the table of contents lists it. */
    public record Heading(int level, String text, String id) {}

    /** The HTML with an id on every heading, and those headings in document order. */
    public record Outline(String html, List<Heading> headings) {}

    public static Outline of(String html) {
        if (html == null || html.indexOf("<h") < 0) {
            return new Outline(html, List.of());
        }
        List<Heading> headings = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        Matcher m = HEADING.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 256);
        while (m.find()) {
            int level = Integer.parseInt(m.group(1));
            String text = text(m.group(2));
            String base = Slugs.derive(text, "section");
            String id = base;
            for (int n = 2; !taken.add(id); n++) {
                id = Slugs.withSuffix(base, n);
            }
            headings.add(new Heading(level, text, id));
            m.appendReplacement(
                    out,
                    Matcher.quoteReplacement("<h" + level + " id=\"" + id + "\">" + m.group(2) + "</h" + level + ">"));
        }
        m.appendTail(out);
        return new Outline(out.toString(), List.copyOf(headings));
    }

    /** The first {@code max} characters or so of the HTML's text, cut at a word, with an ellipsis when cut. */
    public static String excerpt(String html, int max) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String text = text(BLOCK_END.matcher(html).replaceAll(" "));
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        if (cut < max / 2) {
            cut = max;
        }
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).strip() + "…";
    }

    /** The text of a piece of sanitized HTML: tags dropped, entities decoded, white space collapsed. */
    static String text(String html) {
        String noTags = TAG.matcher(html).replaceAll("");
        String decoded = ENTITY.matcher(noTags).replaceAll(e -> Matcher.quoteReplacement(decode(e.group(1))));
        return SPACES.matcher(decoded).replaceAll(" ").strip();
    }

    private static String decode(String entity) {
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
                int code = entity.charAt(1) == 'x' || entity.charAt(1) == 'X'
                        ? Integer.parseInt(entity.substring(2), 16)
                        : Integer.parseInt(entity.substring(1));
                yield Character.isValidCodePoint(code) ? Character.toString(code) : "";
            }
        };
    }
}
