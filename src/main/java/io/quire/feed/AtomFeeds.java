package io.quire.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.quire.article.ArticleView;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes Atom 1.0 (RFC 4287) with ROME. Entry ids are {@code urn:uuid:<article id>}, so they survive a changed
 * slug; links point to the article on the public site; tags are categories (term: slug, label: name); the
 * content is the sanitized HTML the API serves.
 */
@Component
class AtomFeeds {

    private final SiteProperties site;

    AtomFeeds(SiteProperties site) {
        this.site = site;
    }

    /**
     * @param path the feed's own path on the site, e.g. {@code /feed.xml}
     * @param title the feed's title
     */
    String write(String path, String title, List<ArticleView> articles) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(site.link(path));
        feed.setTitle(XmlText.clean(title));
        feed.setUpdated(Date.from(articles.stream()
                .map(ArticleView::updatedAt)
                .max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH)));
        feed.setAlternateLinks(List.of(link("alternate", site.link("/"), "text/html")));
        feed.setOtherLinks(List.of(link("self", site.link(path), "application/atom+xml")));
        Generator generator = new Generator();
        generator.setValue("Quire");
        feed.setGenerator(generator);
        feed.setEntries(articles.stream().map(this::entry).toList());
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write the Atom feed", e);
        }
    }

    private Entry entry(ArticleView article) {
        Entry entry = new Entry();
        entry.setId("urn:uuid:" + article.id());
        entry.setTitle(XmlText.clean(article.title()));
        entry.setAlternateLinks(List.of(link("alternate", site.articleLink(article.slug()), "text/html")));
        if (article.featureImage() != null) {
            Link image = link(
                    "enclosure",
                    article.featureImage().url(),
                    imageType(article.featureImage().url()));
            image.setTitle(XmlText.clean(article.featureImage().alt()));
            entry.setOtherLinks(List.of(image));
        }
        entry.setPublished(Date.from(article.publishedAt()));
        entry.setUpdated(Date.from(article.updatedAt()));
        Person author = new Person();
        author.setName(XmlText.clean(article.author().displayName()));
        entry.setAuthors(List.of(author));
        entry.setCategories(article.tags().stream()
                .map(tag -> {
                    Category category = new Category();
                    category.setTerm(tag.slug());
                    category.setLabel(XmlText.clean(tag.name()));
                    return category;
                })
                .toList());
        if (article.summary() != null) {
            entry.setSummary(content(Content.TEXT, article.summary()));
        }
        entry.setContents(List.of(content(Content.HTML, article.bodyHtml())));
        return entry;
    }

    /** The type of an image file by the extension of its URL, which Quire chooses from the type of its bytes. */
    private static String imageType(String url) {
        String extension = url.substring(url.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        return switch (extension) {
            case "png" -> "image/png";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            default -> "image/jpeg";
        };
    }

    private static Content content(String type, String value) {
        Content content = new Content();
        content.setType(type);
        content.setValue(XmlText.clean(value));
        return content;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
