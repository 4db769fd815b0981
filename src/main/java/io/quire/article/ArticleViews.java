package io.quire.article;

import io.quire.article.internal.HtmlOutline;
import io.quire.media.AssetImage;
import io.quire.media.AssetLookup;
import io.quire.tag.TagRefView;
import io.quire.user.AuthorView;
import io.quire.user.UserManagement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Articles as the API shows them: with their authors and feature images (one query each per list), their tags
 * in name order, an id on every heading of the HTML, the table of contents and the excerpt.
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
    private final AssetLookup assets;

    ArticleViews(UserManagement users, AssetLookup assets) {
        this.users = users;
        this.assets = assets;
    }

    ArticleView of(Article article) {
        return of(List.of(article)).get(0);
    }

    /** With every author and every feature image read in one query each. */
    List<ArticleView> of(List<Article> articles) {
        Map<UUID, AuthorView> authors =
                users.authors(articles.stream().map(Article::authorId).toList());
        Map<UUID, AssetImage> images = images(articles.stream()
                .map(a -> a.content().featureImage())
                .filter(Objects::nonNull)
                .map(FeatureImage::assetId));
        return articles.stream()
                .map(a -> view(a, a.content(), authors.getOrDefault(a.authorId(), UNKNOWN), images))
                .toList();
    }

    /** Published articles without content, with the URLs of their feature images read in one query. */
    List<PublishedArticle> published(List<Articles.PublishedRow> rows) {
        Map<UUID, AssetImage> images = images(rows.stream().map(Articles.PublishedRow::featureAssetId));
        return rows.stream()
                .map(row -> {
                    AssetImage image = row.featureAssetId() == null ? null : images.get(row.featureAssetId());
                    return new PublishedArticle(
                            row.id(),
                            row.slug(),
                            row.publishedAt(),
                            row.updatedAt(),
                            image == null ? null : image.url());
                })
                .toList();
    }

    private Map<UUID, AssetImage> images(Stream<UUID> assetIds) {
        return assets.findAll(assetIds.filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    private static ArticleView view(
            Article a, ArticleContent content, AuthorView author, Map<UUID, AssetImage> images) {
        FeatureImage chosen = content.featureImage();
        AssetImage image = chosen == null ? null : images.get(chosen.assetId());
        FeatureImageView featureImage = image == null ? null : FeatureImageView.of(chosen, image);
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
                featureImage,
                a.discussion().commentCount(),
                a.discussion().open(),
                content.readingTimeMinutes(),
                a.createdAt(),
                a.updatedAt(),
                a.version(),
                content.seo().view(content.title(), excerpt),
                featureImage == null ? null : ShareImageView.of(featureImage),
                null,
                null);
    }
}
