package io.quire.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Articles that show images of the media library: feature images, images in the body, and what that keeps. */
abstract class ArticleImagesTests extends MediaHttp {

    private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

    private JsonNode patchArticle(String id, String token, String json) {
        return body(http.patch()
                .uri("/api/v1/articles/" + id)
                .header("Authorization", "Bearer " + token)
                .contentType(MERGE_PATCH)
                .body(json)
                .exchange()
                .expectStatus()
                .isOk());
    }

    private JsonNode refused(HttpMethod method, String path, String token, String json, int status) {
        return body(send(method, path, token, json).expectStatus().isEqualTo(status));
    }

    private static String article(String title, String featureImage, String body) {
        return """
                {"title": "%s", "body": %s, "featureImage": %s}""".formatted(unique(title), JSON.writeValueAsString(body), featureImage);
    }

    @Test
    void setsAFeatureImageWhoseTextDefaultsToTheAssetsAndShowsItsFiles() {
        String author = signedIn("AUTHOR");
        JsonNode asset = uploaded(
                author, ImageFixtures.uniqueJpeg(1200, 800), "lead.jpg", "Tram at dusk", "Asset caption", "City Press");
        String assetId = asset.path("id").asString();

        JsonNode created = given.draft(
                author, article("Lead", "{\"assetId\": \"%s\", \"caption\": \"Own caption\"}".formatted(assetId), ""));
        JsonNode image = created.path("featureImage");
        assertThat(image.path("assetId").asString()).isEqualTo(assetId);
        assertThat(image.path("alt").asString()).isEqualTo("Tram at dusk");
        assertThat(image.path("caption").asString()).isEqualTo("Own caption");
        assertThat(image.path("credit").asString()).isEqualTo("City Press");
        assertThat(image.path("url").asString()).isEqualTo(asset.path("url").asString());
        assertThat(image.path("width").asInt()).isEqualTo(1200);
        assertThat(image.path("height").asInt()).isEqualTo(800);
        assertThat(image.path("renditions")).isEqualTo(asset.path("renditions"));
        JsonNode share = created.path("shareImage");
        assertThat(share.path("url").asString()).isEqualTo(asset.path("url").asString());
        assertThat(share.path("width").asInt()).isEqualTo(1200);
        assertThat(share.path("height").asInt()).isEqualTo(800);
        assertThat(share.path("alt").asString()).isEqualTo("Tram at dusk");

        String id = created.path("id").asString();
        assertThat(body(get("/api/v1/articles/" + id, author).expectStatus().isOk())
                        .path("featureImage"))
                .isEqualTo(image);

        JsonNode credited = patchArticle(id, author, "{\"featureImage\": {\"credit\": \"Agency\"}}");
        assertThat(credited.path("featureImage").path("assetId").asString()).isEqualTo(assetId);
        assertThat(credited.path("featureImage").path("caption").asString()).isEqualTo("Own caption");
        assertThat(credited.path("featureImage").path("credit").asString()).isEqualTo("Agency");

        send(HttpMethod.PATCH, "/api/v1/assets/" + assetId, author, "{\"alt\": \"Tram in the snow\"}")
                .expectStatus()
                .isOk();
        JsonNode reread =
                body(get("/api/v1/articles/" + id, author).expectStatus().isOk());
        assertThat(reread.path("featureImage").path("alt").asString()).isEqualTo("Tram in the snow");

        JsonNode cleared = patchArticle(id, author, "{\"featureImage\": null}");
        assertThat(cleared.path("featureImage").isNull()).isTrue();
        assertThat(cleared.path("shareImage").isNull()).isTrue();
    }

    @Test
    void revisionsKeepTheFeatureImageAndSeoAndARestoreBringsThemBack() {
        String author = signedIn("AUTHOR");
        String editor = signedIn("EDITOR");
        String first = uploaded(author, ImageFixtures.uniqueJpeg(400, 300), "first.jpg", "First")
                .path("id")
                .asString();
        String second = uploaded(author, ImageFixtures.uniqueJpeg(400, 300), "second.jpg", "Second")
                .path("id")
                .asString();
        String id = given.draft(author, """
                        {"title": "%s", "body": "Text", "featureImage": {"assetId": "%s", "caption": "First caption"},
                         "seo": {"title": "First SEO title"}}""".formatted(unique("Kept"), first))
                .path("id")
                .asString();
        patchArticle(id, author, """
                {"featureImage": {"assetId": "%s"}, "seo": {"title": "Second SEO title", "noindex": true}}""".formatted(second));
        String revisions = "/api/v1/articles/" + id + "/revisions";
        JsonNode latest = body(get(revisions + "/2", author).expectStatus().isOk());
        assertThat(latest.path("changed")).containsExactly(JSON.valueToTree("featureImage"), JSON.valueToTree("seo"));
        assertThat(latest.path("seo").path("noindex").asBoolean()).isTrue();
        JsonNode original = body(get(revisions + "/1", author).expectStatus().isOk());
        assertThat(original.path("featureImage").path("assetId").asString()).isEqualTo(first);
        assertThat(original.path("featureImage").path("caption").asString()).isEqualTo("First caption");
        assertThat(original.path("seo").path("title").asString()).isEqualTo("First SEO title");
        assertThat(original.path("changed").toString())
                .isEqualTo("[\"title\",\"slug\",\"body\",\"featureImage\",\"seo\"]");

        JsonNode restored = body(send(HttpMethod.POST, revisions + "/1/restore", author, null)
                .expectStatus()
                .isOk());
        assertThat(restored.path("featureImage").path("assetId").asString()).isEqualTo(first);
        assertThat(restored.path("featureImage").path("caption").asString()).isEqualTo("First caption");
        assertThat(restored.path("seo").path("title").asString()).isEqualTo("First SEO title");
        assertThat(restored.path("seo").path("noindex").asBoolean()).isFalse();
        JsonNode third = body(get(revisions + "/3", author).expectStatus().isOk());
        assertThat(third.path("restoredFrom").asInt()).isEqualTo(1);
        assertThat(third.path("changed")).containsExactly(JSON.valueToTree("featureImage"), JSON.valueToTree("seo"));

        // The second image is no longer used, and goes: restoring the revision that showed it restores no image.
        send(HttpMethod.DELETE, "/api/v1/assets/" + second, editor, null)
                .expectStatus()
                .isNoContent();
        JsonNode withoutImage = body(send(HttpMethod.POST, revisions + "/2/restore", author, null)
                .expectStatus()
                .isOk());
        assertThat(withoutImage.path("featureImage").isNull()).isTrue();
        assertThat(withoutImage.path("seo").path("title").asString()).isEqualTo("Second SEO title");
        assertThat(withoutImage.path("seo").path("noindex").asBoolean()).isTrue();
    }

    @Test
    void showsTheFeatureImageInListsFeedsTheSitemapAndToThePublic() {
        String editor = signedIn("EDITOR");
        JsonNode asset = uploaded(editor, ImageFixtures.uniqueJpeg(700, 500), "public.jpg", "A harbour");
        String tag = unique("Harbour");
        JsonNode published = given.published(
                editor, """
                {"title": "%s", "tags": ["%s"], "featureImage": {"assetId": "%s"}}""".formatted(unique("Harbour"), tag, asset.path("id").asString()));
        String id = published.path("id").asString();

        JsonNode read = body(get("/api/v1/articles/" + id, null).expectStatus().isOk());
        assertThat(read.path("featureImage").path("alt").asString()).isEqualTo("A harbour");
        assertThat(read.path("featureImage").path("caption").isNull()).isTrue();
        send(HttpMethod.PATCH, "/api/v1/assets/" + asset.path("id").asString(), editor, "{\"caption\": \"At dawn\"}")
                .expectStatus()
                .isOk();
        assertThat(body(get("/api/v1/articles/" + id, null).expectStatus().isOk())
                        .path("featureImage")
                        .path("caption")
                        .asString())
                .as("the public read of the article follows the asset's new caption")
                .isEqualTo("At dawn");

        String slug = published.path("tags").get(0).path("slug").asString();
        JsonNode list =
                body(get("/api/v1/articles?tag=" + slug, null).expectStatus().isOk());
        assertThat(list.path("content").get(0).path("featureImage").path("url").asString())
                .isEqualTo(asset.path("url").asString());

        String url = asset.path("url").asString();
        java.util.regex.Matcher enclosure = java.util.regex.Pattern.compile("<link [^>]*rel=\"enclosure\"[^>]*>")
                .matcher(text("/tags/" + slug + "/feed.xml"));
        assertThat(enclosure.find()).as("the entry links its feature image").isTrue();
        assertThat(enclosure.group()).contains("href=\"" + url + "\"", "type=\"image/jpeg\"", "title=\"A harbour\"");
        assertThat(text("/sitemap.xml"))
                .contains("xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\"")
                .contains("<image:image><image:loc>" + url + "</image:loc></image:image>");
    }

    private String text(String path) {
        return http.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseBody();
    }

    @Test
    void refusesAFeatureImageThatIsNoAssetTheWriterCanSeeNamingTheField() {
        String author = signedIn("AUTHOR");
        String other = signedIn("AUTHOR");
        String editor = signedIn("EDITOR");
        String othersAsset = uploaded(other, ImageFixtures.uniqueJpeg(300, 200), "other.jpg")
                .path("id")
                .asString();

        for (String image : List.of(
                "{\"assetId\": \"%s\"}".formatted(java.util.UUID.randomUUID()),
                "{\"assetId\": \"%s\"}".formatted(othersAsset))) {
            JsonNode problem = refused(HttpMethod.POST, "/api/v1/articles", author, article("Refused", image, ""), 400);
            assertProblem(problem, 400, null, "featureImage.assetId");
        }
        assertProblem(
                refused(HttpMethod.POST, "/api/v1/articles", author, article("Refused", "{\"alt\": \"x\"}", ""), 400),
                400,
                null,
                "featureImage.assetId");
        assertProblem(
                refused(
                        HttpMethod.POST,
                        "/api/v1/articles",
                        author,
                        article(
                                "Refused",
                                "{\"assetId\": \"%s\", \"alt\": \"%s\"}".formatted(othersAsset, "a".repeat(1001)),
                                ""),
                        400),
                400,
                null,
                "featureImage.alt");

        JsonNode byEditor = given.draft(editor, article("Editor", "{\"assetId\": \"%s\"}".formatted(othersAsset), ""));
        assertThat(byEditor.path("featureImage").path("assetId").asString()).isEqualTo(othersAsset);
    }

    @Test
    void refusesToDeleteAnAssetAnArticleUsesNamingTheArticle() {
        String editor = signedIn("EDITOR");
        JsonNode lead = uploaded(editor, ImageFixtures.uniqueJpeg(400, 300), "lead.jpg");
        JsonNode inline = uploaded(editor, ImageFixtures.uniqueJpeg(400, 300), "inline.jpg");
        String leadId = lead.path("id").asString();
        String inlineId = inline.path("id").asString();
        JsonNode article = given.draft(
                editor,
                article(
                        "In use",
                        "{\"assetId\": \"%s\"}".formatted(leadId),
                        "Text.\n\n![](" + inline.path("url").asString() + ")"));
        String articleId = article.path("id").asString();

        for (String assetId : List.of(leadId, inlineId)) {
            JsonNode problem = refused(HttpMethod.DELETE, "/api/v1/assets/" + assetId, editor, null, 409);
            assertProblem(problem, 409, "urn:quire:problem:asset-in-use", null);
            assertThat(problem.path("usedBy").get(0).path("type").asString()).isEqualTo("article");
            assertThat(problem.path("usedBy").get(0).path("id").asString()).isEqualTo(articleId);
            assertThat(problem.path("detail").asString()).contains(articleId);
        }

        patchArticle(articleId, editor, "{\"featureImage\": null}");
        send(HttpMethod.DELETE, "/api/v1/assets/" + leadId, editor, null)
                .expectStatus()
                .isNoContent();
        refused(HttpMethod.DELETE, "/api/v1/assets/" + inlineId, editor, null, 409);

        send(HttpMethod.DELETE, "/api/v1/articles/" + articleId, editor, null)
                .expectStatus()
                .isNoContent();
        send(HttpMethod.DELETE, "/api/v1/assets/" + inlineId, editor, null)
                .expectStatus()
                .isNoContent();
    }

    @Test
    void rendersImagesOfTheLibraryResponsivelyAndNoOthers() {
        String author = signedIn("AUTHOR");
        JsonNode asset = uploaded(author, ImageFixtures.uniqueJpeg(1100, 700), "inline.jpg", "Asset alt");
        String url = asset.path("url").asString();
        List<JsonNode> renditions = asset.path("renditions").valueStream().toList();
        String rendition = renditions.get(0).path("url").asString();
        String body = "![](" + url + ")\n\n![Own alt](" + rendition + ")\n\n"
                + "![Elsewhere](https://elsewhere.example/x.jpg)\n\n"
                + "<img src=\"https://elsewhere.example/y.jpg\" srcset=\"https://evil.example/z.jpg 2x\" "
                + "loading=\"eager\" sizes=\"1px\" onerror=\"alert(1)\">";

        String html = given.draft(author, article("Inline", "null", body))
                .path("bodyHtml")
                .asString();

        String srcset = renditions.stream()
                        .map(r ->
                                r.path("url").asString() + " " + r.path("width").asInt() + "w, ")
                        .reduce("", String::concat)
                + url + " 1100w";
        String responsive = "width=\"1100\" height=\"700\" srcset=\"" + srcset
                + "\" sizes=\"(max-width: 1100px) 100vw, 1100px\" loading=\"lazy\"";
        assertThat(html)
                .contains("<img src=\"" + url + "\" alt=\"Asset alt\" " + responsive + " />")
                .contains("<img src=\"" + rendition + "\" alt=\"Own alt\" " + responsive + " />")
                .contains("<img src=\"https://elsewhere.example/x.jpg\" alt=\"Elsewhere\" />")
                .contains("<img src=\"https://elsewhere.example/y.jpg\" />")
                .doesNotContain("evil.example", "eager", "1px", "onerror");
    }
}
