package io.quire.transfer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** WordPress content as the Markdown Quire keeps: classic and block-editor HTML, shortcodes, what has no Markdown. */
class WordPressHtmlTest {

    private final WordPressHtml html = new WordPressHtml();

    private String markdown(String content) {
        return html.toMarkdown(
                content, Map.of(5L, "https://example.org/a.jpg", 6L, "https://example.org/b.jpg"), List.of(6L));
    }

    @Test
    void makesParagraphsAndLineBreaksOfClassicContent() {
        assertThat(
                        markdown(
                                "One <strong>bold</strong> text\nline.\n\nTwo <em>em</em> and <a href=\"https://x.org\">link</a>."))
                .isEqualTo("One **bold** text  \nline.\n\nTwo *em* and [link](https://x.org).");
    }

    @Test
    void leavesBlockEditorParagraphsAndDropsItsComments() {
        assertThat(markdown("<!-- wp:paragraph -->\n<p>Block</p>\n<!-- /wp:paragraph -->\n<!--more-->\n"
                        + "<!-- wp:heading {\"level\":3} -->\n<h3>Three</h3>\n<!-- /wp:heading -->"))
                .isEqualTo("Block\n\n### Three");
    }

    @Test
    void keepsListsQuotesCodeAndRules() {
        assertThat(markdown("<ol start=\"3\"><li>three<ul><li>nested</li></ul></li><li>four</li></ol>"
                        + "<blockquote><p>Quoted</p></blockquote><pre><code class=\"language-java\">int x = 1 &lt; 2;\n"
                        + "\nint y;</code></pre><hr><p><del>gone</del> <code>inline</code></p>"))
                .isEqualTo(
                        "3. three\n   * nested\n4. four\n\n> Quoted\n\n```java\nint x = 1 < 2;\n\nint y;\n```\n\n---\n\n"
                                + "~~gone~~ `inline`");
    }

    @Test
    void fencesEveryCodeBlockAndKeepsItsIndentation() {
        String block = "<pre class=\"wp-block-code\"><code>if (a) {\n    int x = 1;\n}\n</code></pre>";
        String fenced = "```\nif (a) {\n    int x = 1;\n}\n```";
        assertThat(markdown(block)).isEqualTo(fenced);
        assertThat(markdown("<ul><li>item<pre>in a list</pre></li></ul>"))
                .isEqualTo("* item\n\n  ```\n  in a list\n  ```");
        assertThat(markdown(block)).isEqualTo(fenced);
        assertThat(markdown("<pre><code class=\"lang-js\">a ``` b</code></pre>"))
                .isEqualTo("````js\na ``` b\n````");
    }

    @Test
    void givesTablesAHeaderRow() {
        assertThat(markdown("<table><tbody><tr><td>Year</td><td>Votes</td></tr><tr><th>2013</th><td>31</td></tr>"
                        + "</tbody></table>"))
                .isEqualTo("| Year | Votes |\n|------|-------|\n| 2013 | 31    |");
    }

    @Test
    void turnsCaptionsAndGalleriesIntoImagesAndDropsOtherShortcodes() {
        assertThat(
                        markdown(
                                "[caption id=\"attachment_5\" width=\"300\"]<img src=\"https://example.org/car.png\" "
                                        + "alt=\"A car\" /> A red car[/caption]\n\n[gallery ids=\"5,99\"]\n\n[gallery]\n\n"
                                        + "[contact-form-7 id=\"12\" title=\"Contact\"]\n\n[pullquote]Kept text[/pullquote] and [sic]."))
                .isEqualTo("![A car](https://example.org/car.png)\n\n*A red car*\n\n![](https://example.org/a.jpg)\n\n"
                        + "![](https://example.org/b.jpg)\n\nKept text and \\[sic\\].");
    }

    @Test
    void linksToWhatPlayersPlayAndDropsScripts() {
        assertThat(markdown(
                        "<iframe src=\"https://player.example.org/v/1\"></iframe>\n\n[embed]https://video.example.org/2"
                                + "[/embed]\n\n<script>alert(1)</script><p onclick=\"x()\">Safe</p>"))
                .isEqualTo("<https://player.example.org/v/1>\n\n<https://video.example.org/2>" + "\n\nSafe");
    }

    @Test
    void keepsWhatHasNoMarkdownAsHtml() {
        assertThat(markdown("<p>H<sub>2</sub>O and E = mc<sup>2</sup></p>"))
                .isEqualTo("H<sub>2</sub>O and E = mc<sup>2</sup>");
    }
}
