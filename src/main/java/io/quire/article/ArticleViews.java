package io.quire.article;

import io.quire.tag.TagRefView;
import io.quire.user.AuthorView;
import io.quire.user.UserManagement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Articles as the API shows them: with their authors (one query per list) and their tags in name order. */
@Component
class ArticleViews {

    private static final AuthorView UNKNOWN = new AuthorView("unknown", "Unknown");
    private static final Comparator<TagRefView> BY_NAME = Comparator.comparing(
                    (TagRefView t) -> t.name().toLowerCase(Locale.ROOT))
            .thenComparing(TagRefView::slug);

    private final UserManagement users;

    ArticleViews(UserManagement users) {
        this.users = users;
    }

    ArticleView of(Article article) {
        return of(List.of(article)).get(0);
    }

    List<ArticleView> of(List<Article> articles) {
        Map<java.util.UUID, AuthorView> authors =
                users.authors(articles.stream().map(Article::authorId).toList());
        return articles.stream()
                .map(a -> view(a, a.content(), authors.getOrDefault(a.authorId(), UNKNOWN)))
                .toList();
    }

    private static ArticleView view(Article a, ArticleContent content, AuthorView author) {
        return new ArticleView(
                a.id(),
                a.slug(),
                content.title(),
                content.summary(),
                content.body(),
                content.bodyHtml(),
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
                null);
    }
}
