package io.quire.transfer.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * WordPress's automatic paragraphs, as its {@code wpautop} makes them when a page is shown: in classic content
 * a blank line separates paragraphs and a single line break is a {@code <br>}. Text and inline elements between
 * blocks are wrapped in {@code <p>}; blocks ({@code <p>}, lists, tables, {@code <pre>}…) stay as they are, so
 * block-editor content, which has its paragraphs already, comes out unchanged.
 */
final class Autop {

    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    /** Containers whose loose text WordPress also splits into paragraphs. */
    private static final Set<String> CONTAINERS = Set.of("body", "blockquote", "div", "li", "td", "figure");

    private Autop() {}

    static void apply(Element container) {
        List<Node> children = new ArrayList<>(container.childNodes());
        children.forEach(Node::remove);
        Element paragraph = null;
        for (Node child : children) {
            if (child instanceof Element element && element.isBlock()) {
                paragraph = null;
                if (CONTAINERS.contains(element.normalName())
                        && !element.normalName().equals("li")) {
                    apply(element);
                }
                container.appendChild(element);
            } else if (child instanceof TextNode text) {
                String[] parts = BLANK_LINE.split(text.getWholeText(), -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        paragraph = null;
                    }
                    if (!parts[i].isBlank()) {
                        paragraph = paragraph == null ? container.appendElement("p") : paragraph;
                        lines(paragraph, paragraph.childNodeSize() == 0 ? parts[i].stripLeading() : parts[i]);
                    }
                }
            } else if (paragraph != null || !(child instanceof TextNode)) {
                paragraph = paragraph == null ? container.appendElement("p") : paragraph;
                paragraph.appendChild(child);
            }
        }
    }

    /** The text with each single line break as a {@code <br>}. */
    private static void lines(Element paragraph, String text) {
        String[] lines = text.split("\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0 && i < lines.length - 1 || i > 0 && !lines[i].isBlank()) {
                paragraph.appendElement("br");
            }
            if (!lines[i].isEmpty()) {
                paragraph.appendText(lines[i]);
            }
        }
    }
}
