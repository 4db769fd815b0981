package io.quire.feed;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The public website that shows the articles: feeds and sitemaps link there, never to the API.
 *
 * @param url the site's base URL, absolute (a trailing slash is ignored)
 * @param articlePath where an article lives on the site; {@code {slug}} stands for its slug
 * @param title the feed's title
 */
@Validated
@ConfigurationProperties("cms.site")
record SiteProperties(
        @DefaultValue("http://localhost:8080") @NotNull URI url,
        @DefaultValue("/articles/{slug}") @NotBlank String articlePath,
        @DefaultValue("Quire") @NotBlank String title) {

    static final String SLUG = "{slug}";

    SiteProperties {
        if (!url.isAbsolute()
                || url.getHost() == null
                || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new IllegalArgumentException("cms.site.url must be an absolute http or https URL");
        }
        if (!articlePath.startsWith("/") || !articlePath.contains(SLUG)) {
            throw new IllegalArgumentException("cms.site.article-path must start with '/' and contain " + SLUG);
        }
    }

    /** An absolute URL on the site, for a path starting with '/'. */
    String link(String path) {
        String base = url.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    /** The article's page on the site. Slugs are lowercase a-z, 0-9 and hyphens: nothing to escape. */
    String articleLink(String slug) {
        return link(articlePath.replace(SLUG, slug));
    }
}
