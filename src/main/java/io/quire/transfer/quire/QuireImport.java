package io.quire.transfer.quire;

import io.quire.article.ArticleData;
import io.quire.comment.CommentData;
import io.quire.tag.TagData;
import io.quire.transfer.ContentImport;
import io.quire.transfer.ImportRefused;
import io.quire.transfer.Redirects;
import io.quire.user.UserData;
import io.quire.webhook.WebhookData;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a Quire export line by line into an import session. A line that cannot be read is reported with its
 * number and skipped; a file without its end line was cut short, and the import says so after writing what
 * came before.
 */
@Component
public class QuireImport {

    /** The longest line read: an article with many long revisions fits well within it. */
    static final int MAX_LINE = 16 * 1024 * 1024;

    /** Fails at once for a file that does not begin as a Quire export does. */
    public void check(Path file) {
        try (Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            header(new Lines(reader, 64 * 1024).next());
        } catch (IOException e) {
            throw new ImportRefused("unreadable", "The file could not be read.");
        }
    }

    public void run(InputStream in, ContentImport.Session session) {
        try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            Lines lines = new Lines(reader, MAX_LINE);
            header(lines.next());
            boolean ended = false;
            String line;
            while ((line = lines.next()) != null) {
                String where = "line " + lines.number();
                if (line == Lines.TOO_LONG) {
                    session.failed(where, "is longer than " + MAX_LINE + " characters");
                } else if (!line.isBlank()) {
                    ended = take(line, where, session) || ended;
                }
            }
            session.flush();
            if (!ended) {
                throw new ImportRefused(
                        "truncated",
                        "The file ends without the export's end line (after line " + lines.number()
                                + "): it is cut short. What came before was imported; import the whole file again.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Passes one line to the session; true for the end line. */
    private static boolean take(String line, String where, ContentImport.Session session) {
        try {
            JsonNode node = QuireExport.JSON.readTree(line);
            String type = node.path("type").asString("");
            JsonNode data = node.path("data");
            switch (type) {
                case QuireRecord.USER -> session.user(QuireExport.JSON.treeToValue(data, UserData.class), where);
                case QuireRecord.TAG -> session.tag(QuireExport.JSON.treeToValue(data, TagData.class), where);
                case QuireRecord.ARTICLE -> {
                    ArticleData article = QuireExport.JSON.treeToValue(data, ArticleData.class);
                    session.article(article, List.of(), where + " (article " + article.id() + ")");
                }
                case QuireRecord.COMMENT ->
                    session.comment(QuireExport.JSON.treeToValue(data, CommentData.class), where);
                case QuireRecord.REDIRECT ->
                    session.formerPath(QuireExport.JSON.treeToValue(data, Redirects.FormerPath.class), where);
                case QuireRecord.WEBHOOK ->
                    session.webhook(QuireExport.JSON.treeToValue(data, WebhookData.class), where);
                case QuireRecord.END -> {
                    return true;
                }
                default -> session.failed(where, "has the unknown type '" + type + "'");
            }
        } catch (JacksonException | IllegalArgumentException e) {
            session.failed(where, "is not a record of a Quire export");
        }
        return false;
    }

    private static void header(String line) {
        try {
            JsonNode node = line == null ? null : QuireExport.JSON.readTree(line);
            if (node != null
                    && QuireRecord.HEADER.equals(node.path("type").asString(""))
                    && node.path("version").asInt() == QuireRecord.VERSION) {
                return;
            }
        } catch (JacksonException e) {
            // Not JSON: answered below like any other file that is not an export.
        }
        throw new ImportRefused(
                "not-quire-export",
                "The file is not a Quire export: its first line must be the export's header "
                        + "({\"type\": \"quire-export\", \"version\": 1, …}).");
    }
}
