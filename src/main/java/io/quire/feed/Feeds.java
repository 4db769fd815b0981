package io.quire.feed;

import io.quire.article.ArticleFilter;
import io.quire.article.ArticleManagement;
import io.quire.article.ArticleView;
import io.quire.core.security.Caller;
import io.quire.tag.TagManagement;
import io.quire.tag.TagView;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

    private static final Sort NEWEST_FIRST =
            Sort.by(Sort.Direction.DESC, "publishedAt").and(Sort.by(Sort.Direction.ASC, "id"));

    private final ArticleManagement articles;
    private final TagManagement tags;
    private final AtomFeeds atom;
    private final Sitemaps sitemaps;
    private final SiteProperties site;

    Feeds(ArticleManagement articles, TagManagement tags, AtomFeeds atom, Sitemaps sitemaps, SiteProperties site) {
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
        var filter = new ArticleFilter(tagSlugs, null, null, null, null, null);
        return articles.list(filter, PageRequest.of(0, FEED_SIZE, NEWEST_FIRST), Caller.ANONYMOUS, null)
                .page()
                .getContent();
    }
}
