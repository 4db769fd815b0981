package io.quire.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/** The Atom feeds and the sitemap over HTTP, run on H2 and on PostgreSQL by the subclasses. */
abstract class FeedApiTests extends ApiTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITE = "http://localhost:8080";

    private JsonNode article(String editor, String title, String tag, boolean publish) {
        JsonNode created = given.draft(editor, """
                {"title": %s, "summary": "In short.", "body": "Some **bold** text.", "tags": ["%s"]}""".formatted(JSON.writeValueAsString(title), tag));
        return publish ? given.publish(editor, created.path("id").asString()) : created;
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Document document, String namespace, String name) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Element entry(Document feed, String articleId) {
        return children(feed, ATOM, "entry").stream()
                .filter(e -> e.getElementsByTagNameNS(ATOM, "id")
                        .item(0)
                        .getTextContent()
                        .equals("urn:uuid:" + articleId))
                .findFirst()
                .orElse(null);
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }

    private RestTestClient.ResponseSpec fetch(String path, String ifNoneMatch) {
        var request = http.get().uri(path);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return request.exchange();
    }

    private static String bodyOf(RestTestClient.ResponseSpec response) {
        return response.returnResult(String.class).getResponseBody();
    }

    @Test
    void listsPublishedArticlesWithTheirTagsAndNeverDrafts() throws Exception {
        String editor = signedIn("EDITOR");
        String tag = unique("Feedtag");
        JsonNode published = article(editor, "Fish & <chips> \u0001 " + unique("x"), tag, true);
        JsonNode draft = article(editor, unique("Draft"), tag, false);

        var response = fetch("/feed.xml", null)
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.parseMediaType("application/atom+xml"))
                .expectHeader()
                .exists("ETag")
                .expectHeader()
                .valueMatches("Cache-Control", "public, max-age=\\d+");
        Document feed = xml(bodyOf(response));
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(children(feed, ATOM, "entry")).hasSizeLessThanOrEqualTo(20);
        Element entry = entry(feed, published.path("id").asString());
        assertThat(entry).isNotNull();
        assertThat(entry(feed, draft.path("id").asString())).isNull();
        assertThat(text(entry, "title"))
                .isEqualTo(published.path("title").asString().replace("\u0001", ""));
        Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
        assertThat(link.getAttribute("href"))
                .isEqualTo(SITE + "/articles/" + published.path("slug").asString());
        Element category =
                (Element) entry.getElementsByTagNameNS(ATOM, "category").item(0);
        assertThat(category.getAttribute("term"))
                .isEqualTo(published.path("tags").get(0).path("slug").asString());
        assertThat(category.getAttribute("label")).isEqualTo(tag);
        assertThat(text(entry, "content")).isEqualTo(published.path("bodyHtml").asString());
        assertThat(Instant.parse(text(entry, "published")))
                .isEqualTo(Instant.parse(published.path("publishedAt").asString())
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        Element self = children(feed, ATOM, "link").stream()
                .filter(l -> l.getAttribute("rel").equals("self"))
                .findFirst()
                .orElseThrow();
        assertThat(self.getAttribute("href")).isEqualTo(SITE + "/feed.xml");
    }

    @Test
    void answersNotModifiedUntilTheFeedChanges() {
        String editor = signedIn("EDITOR");
        article(editor, unique("Before"), unique("Etag"), true);
        String etag = fetch("/feed.xml", null)
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseHeaders()
                .getETag();
        fetch("/feed.xml", etag).expectStatus().isNotModified();

        article(editor, unique("After"), unique("Etag"), true);
        String changed = fetch("/feed.xml", etag)
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseHeaders()
                .getETag();
        assertThat(changed).isNotEqualTo(etag);

        String sitemapTag = fetch("/sitemap.xml", null)
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseHeaders()
                .getETag();
        fetch("/sitemap.xml", sitemapTag).expectStatus().isNotModified();
    }

    @Test
    void servesAFeedPerTagAndA404ProblemForAnUnknownTag() throws Exception {
        String editor = signedIn("EDITOR");
        String tagName = unique("Pertag");
        JsonNode first = article(editor, unique("First"), tagName, true);
        JsonNode second = article(editor, unique("Second"), tagName, true);
        JsonNode other = article(editor, unique("Other"), unique("Elsewhere"), true);
        JsonNode draft = article(editor, unique("Draft"), tagName, false);
        String tagSlug = first.path("tags").get(0).path("slug").asString();

        var response = fetch("/tags/" + tagSlug + "/feed.xml", null)
                .expectStatus()
                .isOk()
                .expectHeader()
                .exists("ETag");
        Document feed = xml(bodyOf(response));
        assertThat(children(feed, ATOM, "entry")).hasSize(2);
        assertThat(text(children(feed, ATOM, "entry").get(0), "id"))
                .isEqualTo("urn:uuid:" + second.path("id").asString());
        assertThat(entry(feed, first.path("id").asString())).isNotNull();
        assertThat(entry(feed, other.path("id").asString())).isNull();
        assertThat(entry(feed, draft.path("id").asString())).isNull();
        assertThat(feed.getDocumentElement()
                        .getElementsByTagNameNS(ATOM, "title")
                        .item(0)
                        .getTextContent())
                .isEqualTo("Quire: " + tagName);

        fetch("/tags/no-such-tag-" + unique("x") + "/feed.xml", null)
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void mapsEveryPublishedArticleAndDropsUnpublishedOnes() throws Exception {
        String editor = signedIn("EDITOR");
        JsonNode kept = article(editor, unique("Mapped"), unique("Map"), true);
        JsonNode withdrawn = article(editor, unique("Withdrawn"), unique("Map"), true);
        JsonNode draft = article(editor, unique("Unmapped"), unique("Map"), false);
        send(HttpMethod.POST, "/api/v1/articles/" + withdrawn.path("id").asString() + "/unpublish", editor, null)
                .expectStatus()
                .isOk();

        var response = fetch("/sitemap.xml", null)
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_XML);
        Document sitemap = xml(bodyOf(response));
        assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo(Sitemaps.NAMESPACE);
        List<String> locations = new ArrayList<>();
        children(sitemap, Sitemaps.NAMESPACE, "loc").forEach(l -> locations.add(l.getTextContent()));
        String keptUrl = SITE + "/articles/" + kept.path("slug").asString();
        assertThat(locations)
                .contains(keptUrl)
                .doesNotContain(
                        SITE + "/articles/" + withdrawn.path("slug").asString(),
                        SITE + "/articles/" + draft.path("slug").asString());
        Element url = children(sitemap, Sitemaps.NAMESPACE, "url").stream()
                .filter(u -> u.getElementsByTagNameNS(Sitemaps.NAMESPACE, "loc")
                        .item(0)
                        .getTextContent()
                        .equals(keptUrl))
                .findFirst()
                .orElseThrow();
        String lastmod = url.getElementsByTagNameNS(Sitemaps.NAMESPACE, "lastmod")
                .item(0)
                .getTextContent();
        JsonNode current = body(get("/api/v1/articles/" + kept.path("id").asString(), null));
        assertThat(Instant.parse(lastmod))
                .isEqualTo(Instant.parse(current.path("updatedAt").asString())
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

        Document feed = xml(bodyOf(fetch("/feed.xml", null).expectStatus().isOk()));
        assertThat(entry(feed, withdrawn.path("id").asString())).isNull();
    }
}
