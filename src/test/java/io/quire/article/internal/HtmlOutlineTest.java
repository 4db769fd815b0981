package io.quire.article.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlOutlineTest {

    @Test
    void givesEveryHeadingAnIdFromItsTextUniqueInTheArticle() {
        var outline = HtmlOutline.of(
                "<h2>Intro</h2><p>x</p><h3>Intro</h3><h2><em>Zoë</em> &amp; &#34;co&#34;</h2><h4>中文</h4>");
        assertThat(outline.html())
                .isEqualTo("<h2 id=\"intro\">Intro</h2><p>x</p><h3 id=\"intro-2\">Intro</h3>"
                        + "<h2 id=\"zoe-and-co\"><em>Zoë</em> &amp; &#34;co&#34;</h2><h4 id=\"section\">中文</h4>");
        assertThat(outline.headings())
                .containsExactly(
                        new HtmlOutline.Heading(2, "Intro", "intro"),
                        new HtmlOutline.Heading(3, "Intro", "intro-2"),
                        new HtmlOutline.Heading(2, "Zoë & \"co\"", "zoe-and-co"),
                        new HtmlOutline.Heading(4, "中文", "section"));
    }

    @Test
    void leavesHtmlWithoutHeadingsAsItIs() {
        assertThat(HtmlOutline.of("<p>Plain</p>").html()).isEqualTo("<p>Plain</p>");
        assertThat(HtmlOutline.of("").headings()).isEmpty();
    }

    @Test
    void excerptsTheTextCutAtAWord() {
        assertThat(HtmlOutline.excerpt("<p>One <strong>two</strong></p><p>three&nbsp;four</p>", 200))
                .isEqualTo("One two three four");
        assertThat(HtmlOutline.excerpt("<p>alpha beta gamma delta</p>", 12)).isEqualTo("alpha beta…");
        assertThat(HtmlOutline.excerpt("<p>" + "x".repeat(50) + "</p>", 20)).isEqualTo("x".repeat(20) + "…");
        assertThat(HtmlOutline.excerpt(null, 20)).isEmpty();
    }
}
