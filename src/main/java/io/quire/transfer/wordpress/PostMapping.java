package io.quire.transfer.wordpress;

import io.quire.article.ArticleData;
import io.quire.article.ArticleStatus;
import io.quire.comment.CommentData;
import io.quire.comment.CommentStatus;
import io.quire.transfer.ContentImport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A WordPress post and its comments as an article of Quire; any other item is counted and left out. */
final class PostMapping {

    private static final int MAX_TAGS = 20;

    private final String site;
    private final WordPressHtml html;
    private final WordPressImport.Attachments attachments;
    private final WordPressImport.Posts posts;

    PostMapping(String site, WordPressHtml html, WordPressImport.Attachments attachments, WordPressImport.Posts posts) {
        this.site = site;
        this.html = html;
        this.attachments = attachments;
        this.posts = posts;
    }

    void item(WxrItem item, ContentImport.Session session) {
        String type = item.field("wp:post_type");
        if (type.equals("attachment")) {
            session.skipped();
            session.note(
                    item.where(),
                    "kept at its original URL " + item.field("wp:attachment_url")
                            + ": this instance has no media library to import it into");
            return;
        }
        ArticleStatus status = status(item.field("wp:status"));
        if (!type.equals("post") || status == null) {
            session.skipped();
            return;
        }
        boolean locked = !item.field("wp:post_password").isEmpty();
        if (locked) {
            status = ArticleStatus.DRAFT;
            session.note(item.where(), "was protected by a password: imported as a draft, not public");
        }
        Instant date = firstOf(
                WordPressText.date(item.field("wp:post_date_gmt")), WordPressText.date(item.field("wp:post_date")));
        if (date == null) {
            session.failed(item.where(), "has no date that can be read");
            return;
        }
        Instant modified = firstOf(WordPressText.date(item.field("wp:post_modified_gmt")), date);
        String title = WordPressText.plain(item.field("title"));
        if (title.isBlank()) {
            title = "Untitled";
            session.note(item.where(), "has no title: imported as 'Untitled'");
        } else if (title.length() > 200) {
            title = WordPressText.shorten(title, 200);
            session.note(item.where(), "has a title over 200 characters: shortened");
        }
        long postId = WordPressImport.number(item.field("wp:post_id"));
        String body = html.toMarkdown(
                item.field("content:encoded"),
                attachments.urls(),
                attachments.children().getOrDefault(postId, List.of()));
        String summary = WordPressText.shorten(WordPressText.plain(item.field("excerpt:encoded")), 500);
        UUID author = posts.author(item.field("dc:creator"), "", null);
        List<UUID> tagIds = new ArrayList<>();
        Set<String> tagNames = new LinkedHashSet<>();
        for (WxrItem.Term term : item.terms()) {
            if (term.domain().equals("category") || term.domain().equals("post_tag")) {
                if (tagIds.size() == MAX_TAGS) {
                    session.note(
                            item.where(), "has more than " + MAX_TAGS + " categories and tags: the rest are left off");
                    break;
                }
                UUID id = posts.term(term.domain(), term.nicename(), term.name(), "", item.where());
                if (!tagIds.contains(id)) {
                    tagIds.add(id);
                    tagNames.add(WordPressText.plain(term.name()));
                }
            }
        }
        String guid = item.field("guid").isEmpty() ? site + "/?p=" + postId : item.field("guid");
        UUID id = WordPressText.id(site, "post", guid);
        String slug = WordPressText.slug(item.field("wp:post_name"), title);
        List<String> sortedTags =
                tagNames.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        ArticleData article = new ArticleData(
                id,
                slug,
                title,
                summary.isBlank() ? null : summary,
                body,
                status,
                status == ArticleStatus.PUBLISHED ? date : null,
                status == ArticleStatus.SCHEDULED ? date : null,
                author,
                tagIds,
                item.field("wp:comment_status").equals("open"),
                date,
                modified.isBefore(date) ? date : modified,
                0,
                List.of(new ArticleData.Revision(
                        1,
                        date,
                        posts.username(author),
                        title,
                        slug,
                        summary.isBlank() ? null : summary,
                        body,
                        sortedTags,
                        null,
                        null)),
                List.of(),
                null,
                null);
        List<String> paths = new ArrayList<>();
        paths.add(item.field("link"));
        paths.add("/?p=" + postId);
        if (guid.contains("?p=")) {
            paths.add(guid);
        }
        session.article(article, paths, item.where());
        comments(item, id, session);
    }

    private void comments(WxrItem item, UUID articleId, ContentImport.Session session) {
        List<Map<String, String>> comments = new ArrayList<>(item.comments());
        comments.sort(Comparator.comparing((Map<String, String> c) -> c.getOrDefault("wp:comment_date_gmt", ""))
                .thenComparingLong(c -> WordPressImport.number(c.getOrDefault("wp:comment_id", ""))));
        CommentThreads threads = new CommentThreads(site, articleId);
        for (Map<String, String> comment : threads.parentsFirst(comments)) {
            String where = "comment " + comment.getOrDefault("wp:comment_id", "?") + " of " + item.where();
            CommentData data = threads.map(comment);
            if (data == null) {
                session.skipped();
            } else if (data.body().isBlank()) {
                threads.dropped(comment);
                session.failed(where, "has no text");
            } else if (data.body().length() > 5_000) {
                threads.dropped(comment);
                session.failed(where, "is longer than the 5,000 characters a comment may have");
            } else {
                session.comment(data, where);
            }
        }
    }

    private static ArticleStatus status(String wordpress) {
        return switch (wordpress) {
            case "publish" -> ArticleStatus.PUBLISHED;
            case "future" -> ArticleStatus.SCHEDULED;
            case "draft", "private" -> ArticleStatus.DRAFT;
            case "pending" -> ArticleStatus.IN_REVIEW;
            default -> null;
        };
    }

    private static Instant firstOf(Instant first, Instant second) {
        return first != null ? first : second;
    }

    static CommentStatus commentStatus(String approved) {
        return switch (approved) {
            case "1" -> CommentStatus.APPROVED;
            case "0" -> CommentStatus.PENDING;
            case "spam" -> CommentStatus.SPAM;
            default -> null;
        };
    }
}
