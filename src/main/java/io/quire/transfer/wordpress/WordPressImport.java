package io.quire.transfer.wordpress;

import io.quire.core.security.Role;
import io.quire.tag.TagData;
import io.quire.transfer.ContentImport;
import io.quire.transfer.ImportRefused;
import io.quire.user.UserData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Imports a WordPress export: authors become users (AUTHOR, disabled until an admin sets a password), categories
 * and tags become tags, posts articles with their comments; pages, menu items, attachments and trashed posts are
 * left out and counted. Everything is keyed by the site and WordPress's ids, so a second import of the same file
 * finds what the first wrote and changes nothing.
 */
public final class WordPressImport {

    private final WordPressHtml html = new WordPressHtml();

    /** The place of the importing caller, who writes posts that name no author. */
    public record Fallback(UUID userId, String username) {}

    /** Fails at once for a file that is not a WordPress export, or that carries a document type declaration. */
    public static void check(Path file) throws ImportRefused {
        try (InputStream in = Files.newInputStream(file);
                WxrReader reader = new WxrReader(in)) {
            reader.next();
        } catch (WxrException e) {
            if (!e.type().equals("truncated")) {
                throw new ImportRefused(e.type(), e.getMessage());
            }
        } catch (IOException e) {
            throw new ImportRefused("unreadable", "The file could not be read.");
        }
    }

    /**
     * Reads the file into the session.
     *
     * @param open opens the file (again: a first pass collects the attachments that galleries name)
     * @throws ImportRefused when the file stops being readable part way (cut short, broken XML); what came before
     *     is imported
     */
    public void run(
            Function<Path, InputStream> open, Path file, ContentImport.Session session, Fallback fallback, Instant now)
            throws ImportRefused {
        Attachments attachments = attachments(open.apply(file));
        try (InputStream in = open.apply(file);
                WxrReader reader = new WxrReader(in)) {
            Posts posts = null;
            WxrItem item;
            while ((item = reader.next()) != null) {
                if (posts == null) {
                    posts = new Posts(site(reader), session, fallback, now, html, attachments);
                }
                try {
                    posts.take(item);
                } catch (RuntimeException e) {
                    session.failed(item.where(), "could not be read: " + e.getMessage());
                }
            }
            session.flush();
        } catch (WxrException e) {
            session.flush();
            throw new ImportRefused(e.type(), e.getMessage());
        } catch (IOException e) {
            throw new ImportRefused("unreadable", "The file could not be read.");
        }
    }

    private static Attachments attachments(InputStream in) {
        Attachments attachments = new Attachments(new HashMap<>(), new HashMap<>());
        try (in;
                WxrReader reader = new WxrReader(in)) {
            WxrItem item;
            while ((item = reader.next()) != null) {
                if (item.kind().equals("item") && item.field("wp:post_type").equals("attachment")) {
                    long id = number(item.field("wp:post_id"));
                    String url = item.field("wp:attachment_url");
                    if (id > 0 && !url.isEmpty()) {
                        attachments.urls().put(id, url);
                        attachments
                                .children()
                                .computeIfAbsent(number(item.field("wp:post_parent")), k -> new ArrayList<>())
                                .add(id);
                    }
                }
            }
        } catch (WxrException | IOException | RuntimeException e) {
            // The main pass reports what is wrong with the file, with its place.
        }
        return attachments;
    }

    static long number(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String site(WxrReader reader) {
        String site = reader.channel("wp:base_site_url");
        if (site.isEmpty()) {
            site = reader.channel("link");
        }
        return site.strip().toLowerCase(Locale.ROOT).replaceAll("/+$", "");
    }

    /** The attachments of the export: their URLs by WordPress id, and the ids by the post they belong to. */
    record Attachments(Map<Long, String> urls, Map<Long, List<Long>> children) {}

    /** Authors and terms met so far, and the mapping of posts. */
    static final class Posts {

        private final String site;
        private final ContentImport.Session session;
        private final Fallback fallback;
        private final Instant now;
        private final PostMapping mapping;
        private final Map<String, UUID> authors = new HashMap<>();
        private final Map<UUID, String> usernames = new HashMap<>();
        private final Set<UUID> terms = new HashSet<>();

        Posts(
                String site,
                ContentImport.Session session,
                Fallback fallback,
                Instant now,
                WordPressHtml html,
                Attachments attachments) {
            this.site = site;
            this.session = session;
            this.fallback = fallback;
            this.now = now;
            this.mapping = new PostMapping(site, html, attachments, this);
            usernames.put(fallback.userId(), fallback.username());
        }

        void take(WxrItem item) {
            switch (item.kind()) {
                case "author" -> author(item.field("wp:author_login"), item.field("wp:author_display_name"), item);
                case "category" ->
                    term(
                            "category",
                            item.field("wp:category_nicename"),
                            item.field("wp:cat_name"),
                            item.field("wp:category_description"),
                            item.where());
                case "tag" ->
                    term(
                            "post_tag",
                            item.field("wp:tag_slug"),
                            item.field("wp:tag_name"),
                            item.field("wp:tag_description"),
                            item.where());
                default -> mapping.item(item, session);
            }
        }

        UUID author(String login, String displayName, WxrItem item) {
            if (login.isBlank()) {
                return fallback.userId();
            }
            UUID known = authors.get(login);
            if (known != null) {
                return known;
            }
            String username = WordPressText.username(login);
            UUID id = WordPressText.id(site, "user", username);
            String shown = WordPressText.plain(displayName).isBlank() ? login : WordPressText.plain(displayName);
            session.user(
                    new UserData(
                            id, username, WordPressText.shorten(shown, 100), Set.of(Role.AUTHOR), false, now, now, 0),
                    item == null ? "author '" + login + "'" : item.where());
            authors.put(login, id);
            usernames.put(id, username);
            return id;
        }

        String username(UUID id) {
            return usernames.getOrDefault(id, fallback.username());
        }

        UUID term(String domain, String nicename, String name, String description, String where) {
            String key = domain + ":" + (nicename.isBlank() ? name.toLowerCase(Locale.ROOT) : nicename);
            UUID id = WordPressText.id(site, "term", key);
            if (terms.add(id)) {
                String shown = WordPressText.plain(name);
                String text = WordPressText.plain(description);
                session.tag(
                        new TagData(
                                id,
                                shown.isBlank() ? nicename : shown,
                                nicename,
                                text.isBlank() ? null : WordPressText.shorten(text, 500),
                                now,
                                now,
                                0),
                        where);
            }
            return id;
        }
    }
}
