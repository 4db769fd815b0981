package io.quire.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What search engines and link previews read about an article, as its editors set it: a title and a
 * description of its own (or none, to use the article's), the canonical URL when the article first
 * appeared elsewhere, and whether it is to be left out of search engines, the sitemap and feeds.
 */
@Embeddable
class Seo {

    @Column(name = "seo_title", length = 200)
    private String title;

    @Column(name = "seo_description", length = 500)
    private String description;

    @Column(name = "canonical_url", length = 2000)
    private String canonicalUrl;

    @Column(name = "noindex", nullable = false)
    private boolean noindex;

    protected Seo() {}

    Seo(SeoRequest request) {
        this.title = blankToNull(request.title());
        this.description = blankToNull(request.description());
        this.canonicalUrl = blankToNull(request.canonicalUrl());
        this.noindex = Boolean.TRUE.equals(request.noindex());
    }

    SeoRequest asRequest() {
        return new SeoRequest(title, description, canonicalUrl, noindex);
    }

    /** As a read shows it: the article's own title and excerpt where the editors set none. */
    SeoView view(String articleTitle, String excerpt) {
        return new SeoView(
                title == null ? articleTitle : title,
                description == null ? excerpt : description,
                canonicalUrl,
                noindex);
    }

    boolean noindex() {
        return noindex;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
