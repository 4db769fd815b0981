package io.quire.comment;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/** Plain comment text as HTML that is safe to insert into a page: escaped, in paragraphs. */
final class PlainText {

    private PlainText() {}

    static String toHtml(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return Arrays.stream(text.strip().split("\\R\\s*\\R"))
                .map(paragraph ->
                        "<p>" + HtmlUtils.htmlEscape(paragraph.strip(), "UTF-8").replaceAll("\\R", "<br>") + "</p>")
                .collect(Collectors.joining());
    }
}
