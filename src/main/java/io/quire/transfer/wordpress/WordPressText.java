package io.quire.transfer.wordpress;

import io.quire.core.text.Slugs;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The small conversions of WordPress values: dates, plain text from HTML, slugs, usernames and stable ids. */
final class WordPressText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private WordPressText() {}

    /** A WordPress date ({@code 2013-01-10 20:15:01}, UTC when it is a {@code _gmt} field); null when unset. */
    static Instant date(String value) {
        if (value == null || value.isBlank() || value.startsWith("0000-00-00")) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip(), DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The text of a bit of HTML (titles and excerpts may carry entities and tags), white space collapsed. */
    static String plain(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.parseBodyFragment(html).body().text().strip();
    }

    /** A comment's text, its paragraphs and line breaks kept as line breaks. */
    static String commentText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(html.replace("\r\n", "\n"));
        document.outputSettings().prettyPrint(false);
        document.select("br").forEach(br -> br.replaceWith(new org.jsoup.nodes.TextNode("\n")));
        document.select("p").after("\n\n");
        String text = document.body().wholeText();
        return text.replaceAll("\n{3,}", "\n\n").strip();
    }

    /** At most {@code max} characters, cut at a word where one is near, with an ellipsis when cut. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String head = text.substring(0, max - 1);
        int space = head.lastIndexOf(' ');
        return (space > max / 2 ? head.substring(0, space) : head).strip() + "…";
    }

    /** The post's slug as WordPress kept it (percent-encoded for non-ASCII), made a valid Quire slug. */
    static String slug(String postName, String title) {
        String decoded = postName;
        try {
            decoded = URLDecoder.decode(postName.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // Not percent-encoding after all: derive from it as it is.
        }
        if (Slugs.isValid(decoded)) {
            return decoded;
        }
        return decoded.isBlank()
                ? Slugs.derive(title, "article")
                : Slugs.derive(decoded, Slugs.derive(title, "article"));
    }

    /** A WordPress login as a Quire username: lower case, other characters as '-', 3 to 40 characters. */
    static String username(String login) {
        String name = login.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
        name = name.replaceAll("^[._-]+", "");
        if (name.length() > 40) {
            name = name.substring(0, 40);
        }
        while (name.length() < 3) {
            name = name + "-wp";
        }
        return name.replaceAll("^-+", "wp");
    }

    /** The same id for the same thing of the same site on every import: re-importing finds what it wrote. */
    static UUID id(String site, String kind, String key) {
        return UUID.nameUUIDFromBytes(("wordpress:" + site + ":" + kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
