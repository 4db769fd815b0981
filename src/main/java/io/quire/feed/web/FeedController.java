package io.quire.feed.web;

import io.quire.core.apidocs.ApiAccess;
import io.quire.core.apidocs.ApiErrors;
import io.quire.core.apidocs.ApiSection;
import io.quire.feed.FeedDocument;
import io.quire.feed.Feeds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Feeds", description = "Atom feeds and the sitemap of published articles.")
@ApiSection(position = 7, order = "feed tagFeed sitemap")
class FeedController {

    static final String ATOM = "application/atom+xml";
    private static final MediaType ATOM_UTF8 = MediaType.parseMediaType(ATOM + ";charset=UTF-8");
    private static final MediaType XML_UTF8 =
            MediaType.parseMediaType(MediaType.APPLICATION_XML_VALUE + ";charset=UTF-8");
    private static final String ATOM_EXAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Quire</title>
              <link rel="alternate" type="text/html" href="https://example.org/" />
              <link rel="self" type="application/atom+xml" href="https://example.org/feed.xml" />
              <id>https://example.org/feed.xml</id>
              <updated>2026-11-28T10:15:30Z</updated>
              <entry>
                <title>GPU export rules, explained</title>
                <link rel="alternate" type="text/html" href="https://example.org/articles/gpu-export-rules" />
                <category term="ai" label="AI" />
                <author><name>Ada Lovelace</name></author>
                <id>urn:uuid:3f1e6a52-4c1b-4b8e-9a57-0c6f1d2e3b4a</id>
                <updated>2026-11-28T10:15:30Z</updated>
                <published>2026-11-28T10:15:30Z</published>
                <summary type="text">What the new rules cover.</summary>
                <content type="html">&lt;p&gt;The new rules cover &lt;strong&gt;GPUs&lt;/strong&gt;.&lt;/p&gt;</content>
              </entry>
            </feed>""";
    private static final String SITEMAP_EXAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url>
                <loc>https://example.org/articles/gpu-export-rules-explained</loc>
                <lastmod>2026-11-28T10:15:30Z</lastmod>
              </url>
            </urlset>""";
    private static final String CACHING = " Cacheable: a strong `ETag` (send it in `If-None-Match` for a 304) and "
            + "`Cache-Control: public` with the configured max-age. Links are absolute, to the public site "
            + "(`cms.site.url`, `cms.site.article-path`).";

    private final Feeds feeds;

    FeedController(Feeds feeds) {
        this.feeds = feeds;
    }

    @Operation(
            summary = "Atom feed",
            description = "The 20 latest published articles, newest first, with their "
                    + "tags as categories and their HTML as content. Drafts never appear." + CACHING)
    @ApiAccess
    @ApiErrors(406)
    @ApiResponse(
            responseCode = "200",
            description = "The feed (Atom 1.0).",
            headers = @Header(name = "ETag", description = "Strong entity tag of the feed."),
            content =
                    @Content(
                            mediaType = ATOM,
                            schema = @Schema(type = "string"),
                            examples = @ExampleObject(value = ATOM_EXAMPLE)))
    @ApiResponse(responseCode = "304", description = "`If-None-Match` matches: the feed has not changed.")
    @GetMapping(path = "/feed.xml", produces = ATOM)
    ResponseEntity<String> feed() {
        return answer(feeds.latest(), ATOM_UTF8);
    }

    @Operation(
            summary = "Atom feed of a tag",
            description = "The 20 latest published articles filed under the "
                    + "tag with this slug; 404 for an unknown tag." + CACHING)
    @ApiAccess
    @ApiErrors({404, 406})
    @ApiResponse(
            responseCode = "200",
            description = "The feed (Atom 1.0).",
            content =
                    @Content(
                            mediaType = ATOM,
                            schema = @Schema(type = "string"),
                            examples = @ExampleObject(value = ATOM_EXAMPLE)))
    @ApiResponse(responseCode = "304", description = "`If-None-Match` matches: the feed has not changed.")
    @GetMapping(path = "/tags/{slug}/feed.xml", produces = ATOM)
    ResponseEntity<String> tagFeed(@PathVariable String slug) {
        return answer(feeds.latestTagged(slug), ATOM_UTF8);
    }

    @Operation(
            summary = "Sitemap",
            description = "Every published article's page with `lastmod`, the time it "
                    + "last changed (sitemaps.org protocol; at most 50,000 URLs, most recently changed first)."
                    + CACHING)
    @ApiAccess
    @ApiErrors(406)
    @ApiResponse(
            responseCode = "200",
            description = "The sitemap.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_XML_VALUE,
                            schema = @Schema(type = "string"),
                            examples = @ExampleObject(value = SITEMAP_EXAMPLE)))
    @ApiResponse(responseCode = "304", description = "`If-None-Match` matches: the sitemap has not changed.")
    @GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() {
        return answer(feeds.sitemap(), XML_UTF8);
    }

    /** 200 with the document and its ETag; Spring answers a matching {@code If-None-Match} with 304. */
    private static ResponseEntity<String> answer(FeedDocument document, MediaType type) {
        return ResponseEntity.ok().contentType(type).eTag(document.etag()).body(document.xml());
    }
}
