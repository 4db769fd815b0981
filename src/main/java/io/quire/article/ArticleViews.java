package io.quire.article;

import io.quire.article.internal.HtmlOutline;
import io.quire.tag.TagRefView;
import io.quire.user.AuthorView;
import io.quire.user.UserManagement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Articles as the API shows them: with their authors (one query per list), their tags in name order,
 * an id on every heading of the HTML, the table of contents and the excerpt.
 */
@Component
class ArticleViews {

    private static final AuthorView UNKNOWN = new AuthorView("unknown", "Unknown");
    private static final Comparator<TagRefView> BY_NAME = Comparator.comparing(
                    (TagRefView t) -> t.name().toLowerCase(Locale.ROOT))
            .thenComparing(TagRefView::slug);

    /** About the length of an excerpt taken from the body, in characters. */
    private static final int EXCERPT_LENGTH = 200;

    private final UserManagement users;

    ArticleViews(UserManagement users) {
        this.users = users;
    }

    ArticleView of(Article article) {
        return of(List.of(article)).get(0);
    }

    List<ArticleView> of(List<Article> articles) {
        Map<UUID, AuthorView> authors =
                users.authors(articles.stream().map(Article::authorId).toList());
        return articles.stream()
                .map(a -> view(a, a.content(), authors.getOrDefault(a.authorId(), UNKNOWN)))
                .toList();
    }

    private static ArticleView view(Article a, ArticleContent content, AuthorView author) {
        HtmlOutline.Outline outline = HtmlOutline.of(content.bodyHtml());
        String excerpt =
                content.summary() != null ? content.summary() : HtmlOutline.excerpt(content.bodyHtml(), EXCERPT_LENGTH);
        return new ArticleView(
                a.id(),
                a.slug(),
                content.title(),
                content.summary(),
                excerpt,
                content.body(),
                outline.html(),
                outline.headings().stream()
                        .map(h -> new TocEntry(h.level(), h.text(), h.id()))
                        .toList(),
                a.status(),
                a.publishedAt(),
                a.scheduledAt(),
                author,
                a.tags().stream().map(TagRefView::of).sorted(BY_NAME).toList(),
                a.discussion().commentCount(),
                a.discussion().open(),
                content.readingTimeMinutes(),
                a.createdAt(),
                a.updatedAt(),
                a.version(),
                content.seo().view(content.title(), excerpt),
                null,
                null,
                null);
    }
}
