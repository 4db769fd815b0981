package io.quire.article;

import io.quire.article.internal.MarkdownRenderer;
import io.quire.article.internal.MarkdownRenderer.Rendered;
import io.quire.core.domain.InvalidInput;
import io.quire.core.security.Caller;
import io.quire.media.AssetLookup;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns what an editor sent into an article's content: the title and summary trimmed, a slug
 * allocated, the Markdown rendered to sanitized HTML within its limit (images of the media library
 * responsive), the reading time counted, the feature image checked; SEO settings absent from the
 * request stay as they were.
 */
@Component
class ArticleContents {

    /** The most HTML a body may render to; the column holds no more. */
    static final int MAX_BODY_HTML = 1_000_000;

    private final MarkdownRenderer markdown;
    private final SlugAllocator slugs;
    private final AssetLookup assets;

    ArticleContents(MarkdownRenderer markdown, SlugAllocator slugs, AssetLookup assets) {
        this.markdown = markdown;
        this.slugs = slugs;
        this.assets = assets;
    }

    /**
     * @param self the article the content is for, or null for a new one
     * @param caller who writes: a new feature image must be one of the assets they may see
     */
    Prepared of(ArticleRequest request, Article self, Caller caller) {
        return of(request, self, caller, false);
    }

    /**
     * @param restoring whether the content is an old revision's: its feature image was the article's once, so it
     *     need only still exist, whoever restores it
     */
    Prepared of(ArticleRequest request, Article self, Caller caller, boolean restoring) {
        String title = request.title().strip();
        Slug slug = slugs.allocate(request.slug(), title, self == null ? null : self.id());
        String body = request.body() == null ? "" : request.body();
        Rendered rendered = markdown.render(body, assets::findByUrl);
        String html = rendered.html();
        if (html.length() > MAX_BODY_HTML) {
            throw new InvalidInput("body", "renders to more than " + MAX_BODY_HTML + " characters of HTML");
        }
        String summary = request.summary() == null || request.summary().isBlank()
                ? null
                : request.summary().strip();
        Seo seo = request.seo() != null
                ? new Seo(request.seo())
                : self != null ? self.content().seo() : new Seo();
        FeatureImage featureImage = featureImage(request.featureImage(), self, caller, restoring);
        Set<UUID> used = new LinkedHashSet<>(rendered.assets());
        if (featureImage != null) {
            used.add(featureImage.assetId());
        }
        return new Prepared(
                new ArticleContent(
                        title, slug.value(), summary, body, html, markdown.readingTimeMinutes(body), seo, featureImage),
                used);
    }

    /** The feature image asked for: one the caller may see, or the one the article already has. */
    private FeatureImage featureImage(FeatureImageRequest request, Article self, Caller caller, boolean restoring) {
        FeatureImage image = FeatureImage.of(request);
        if (image == null) {
            return null;
        }
        FeatureImage current = self == null ? null : self.content().featureImage();
        boolean kept = restoring || current != null && current.assetId().equals(image.assetId());
        if (kept
                ? assets.find(image.assetId()).isEmpty()
                : assets.findVisible(image.assetId(), caller).isEmpty()) {
            throw new InvalidInput("featureImage.assetId", "must name an image of the media library you can see");
        }
        return image;
    }

    /** The content and every asset it shows (its feature image and the images of its body). */
    record Prepared(ArticleContent content, Set<UUID> assets) {}
}
