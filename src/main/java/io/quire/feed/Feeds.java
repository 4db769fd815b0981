package io.quire.feed;

import io.quire.article.ArticleLookup;
import io.quire.article.ArticleView;
import io.quire.tag.TagManagement;
import io.quire.tag.TagView;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The feeds, built from what the public may read: published articles only, never drafts, whoever asks.
 */
@Service
public class Feeds {

    /** Entries in an Atom feed. */
    static final int FEED_SIZE = 20;
    /** The sitemap protocol's limit for one file; a larger site would need a sitemap index. */
    static final int SITEMAP_SIZE = 50_000;

    private final ArticleLookup articles;
    private final TagManagement tags;
    private final AtomFeeds atom;
    private final Sitemaps sitemaps;
    private final SiteProperties site;

    Feeds(ArticleLookup articles, TagManagement tags, AtomFeeds atom, Sitemaps sitemaps, SiteProperties site) {
        this.articles = articles;
        this.tags = tags;
        this.atom = atom;
        this.sitemaps = sitemaps;
        this.site = site;
    }

    /** The latest published articles. */
    public FeedDocument latest() {
        return FeedDocument.of(atom.write("/feed.xml", site.title(), newest(List.of())));
    }

    /** The latest published articles under a tag; 404 for an unknown tag and for one without published articles. */
    public FeedDocument latestTagged(String slug) {
        TagView tag = tags.getBySlug(slug, true);
        return FeedDocument.of(atom.write(
                "/tags/" + tag.slug() + "/feed.xml", site.title() + ": " + tag.name(), newest(List.of(tag.slug()))));
    }

    /** Every published article with the time it last changed. */
    public FeedDocument sitemap() {
        return FeedDocument.of(sitemaps.write(articles.published(SITEMAP_SIZE)));
    }

    private List<ArticleView> newest(List<String> tagSlugs) {
        return articles.newestPublished(tagSlugs, FEED_SIZE);
    }
}
