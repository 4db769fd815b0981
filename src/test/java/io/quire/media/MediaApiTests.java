package io.quire.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** The media endpoints of the contract over HTTP, and the public files, on H2 and PostgreSQL (subclasses). */
abstract class MediaApiTests extends MediaHttp {

    private static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

    @Autowired
    private AssetLookup lookup;

    @Autowired
    private MediaJanitor janitor;

    @Autowired
    private MediaCleanups cleanups;

    @Autowired
    private io.quire.media.internal.MediaStorage storage;

    private static BufferedImage image(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private RestTestClient.ResponseSpec patch(String id, String token, String json, String ifMatch) {
        var request = http.patch()
                .uri("/api/v1/assets/" + id)
                .header("Authorization", "Bearer " + token)
                .contentType(MERGE_PATCH);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.body(json).exchange();
    }

    @Test
    void uploadsAnImageAndAnswersWithTheAssetAndItsRenditions() {
        SignedIn author = signedInUser("AUTHOR");
        byte[] jpeg = ImageFixtures.uniqueJpeg(2000, 1500);

        var created = upload(
                        author.token(),
                        jpeg,
                        "Tram at dusk.JPG",
                        "Tram on the new line",
                        "The first tram leaves the depot — Zürich style.",
                        "Photo: Ada / City Press")
                .expectStatus()
                .isCreated()
                .expectHeader()
                .exists("ETag")
                .returnResult(String.class);
        JsonNode asset = json(created.getResponseBody());
        String id = asset.path("id").asString();
        assertThat(created.getResponseHeaders().getLocation())
                .hasToString("http://localhost:" + port + "/api/v1/assets/" + id);
        assertThat(asset.path("filename").asString()).isEqualTo("Tram at dusk.JPG");
        assertThat(asset.path("contentType").asString()).isEqualTo("image/jpeg");
        assertThat(asset.path("bytes").asLong()).isEqualTo(jpeg.length);
        assertThat(asset.path("width").asInt()).isEqualTo(2000);
        assertThat(asset.path("height").asInt()).isEqualTo(1500);
        assertThat(asset.path("alt").asString()).isEqualTo("Tram on the new line");
        assertThat(asset.path("caption").asString()).isEqualTo("The first tram leaves the depot — Zürich style.");
        assertThat(asset.path("credit").asString()).isEqualTo("Photo: Ada / City Press");
        assertThat(asset.path("focalPoint").isNull()).isTrue();
        assertThat(asset.path("uploadedBy").path("username").asString()).isEqualTo(author.username());
        assertThat(asset.path("version").asLong()).isZero();
        assertThat(asset.path("createdAt").asString()).isNotBlank();
        String base = "http://localhost:" + port + "/media/";
        assertThat(asset.path("url").asString()).startsWith(base).endsWith("/original.jpg");
        assertThat(asset.path("renditions").findValuesAsString("url"))
                .allMatch(url -> url.startsWith(base) && url.endsWith(".jpg"));
        assertThat(asset.path("renditions").findValues("width"))
                .extracting(JsonNode::asInt)
                .containsExactly(320, 640, 1024, 1600);

        JsonNode read =
                body(get("/api/v1/assets/" + id, author.token()).expectStatus().isOk());
        assertThat(read).isEqualTo(asset);
    }

    @Test
    void servesFilesToAnyoneWithImmutableCachingAndStrongETags() throws IOException {
        JsonNode asset = uploaded(signedIn("AUTHOR"), ImageFixtures.uniqueJpeg(1200, 800), "harbour.jpg");

        HttpResponse<byte[]> original = fetch(asset.path("url").asString());
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(original.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(original.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(original.headers().firstValue("Content-Length")).hasValue(Integer.toString(original.body().length));
        String etag = original.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        assertThat(image(original.body()).getWidth()).isEqualTo(1200);

        HttpResponse<byte[]> again = fetch(asset.path("url").asString(), "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);

        String url640 = asset.path("renditions").get(1).path("url").asString();
        HttpResponse<byte[]> rendition = fetch(url640);
        assertThat(rendition.statusCode()).isEqualTo(200);
        assertThat(image(rendition.body()).getWidth()).isEqualTo(640);
        assertThat(image(rendition.body()).getHeight()).isEqualTo(427);
        assertThat(rendition.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));
    }

    @Test
    void answersUnknownFilesAndOtherMethodsWithProblems() throws IOException, InterruptedException {
        JsonNode asset = uploaded(signedIn("AUTHOR"), ImageFixtures.uniqueJpeg(400, 300), "small.jpg");
        String url = asset.path("url").asString();

        for (String missing : List.of(
                url.replace("original.jpg", "original.png"),
                url.replace("original.jpg", "640.jpg"),
                "http://localhost:" + port + "/media/" + "0".repeat(32) + "/original.jpg",
                "http://localhost:" + port + "/media/" + "0".repeat(32) + "/original.jpg/more",
                "http://localhost:" + port + "/media/abc/original.jpg")) {
            HttpResponse<byte[]> response = fetch(missing);
            assertThat(response.statusCode()).as(missing).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        var delete = files.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                        .DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET, HEAD");
        var head = files.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                        .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValueAsLong("Content-Length").orElseThrow())
                .isPositive();
        assertThat(head.body()).isEmpty();
    }

    @Test
    void stripsLocationAndCameraFromEveryFileAndTurnsTheImageAsTheCameraWasHeld() throws IOException {
        byte[] upload = ImageFixtures.jpegWithExif(1200, 800);
        assertThat(ImageFixtures.contains(upload, ImageFixtures.CAMERA_SERIAL)).isTrue();

        JsonNode asset = uploaded(signedIn("AUTHOR"), upload, "holiday.jpeg");

        assertThat(asset.path("width").asInt()).isEqualTo(800);
        assertThat(asset.path("height").asInt()).isEqualTo(1200);
        List<String> urls = new java.util.ArrayList<>(asset.path("renditions").findValuesAsString("url"));
        urls.add(asset.path("url").asString());
        assertThat(urls).hasSize(3);
        for (String url : urls) {
            byte[] served = fetch(url).body();
            assertThat(ImageFixtures.contains(served, "Exif")).as(url).isFalse();
            assertThat(ImageFixtures.contains(served, ImageFixtures.CAMERA_SERIAL))
                    .as(url)
                    .isFalse();
            assertThat(ImageFixtures.contains(served, ImageFixtures.CAMERA_MAKE))
                    .as(url)
                    .isFalse();
            BufferedImage shown = image(served);
            assertThat(shown.getHeight()).as(url).isGreaterThan(shown.getWidth());
        }
    }

    @Test
    void acceptsPngGifAndWebpJudgedByTheirBytes() {
        String token = signedIn("AUTHOR");

        JsonNode png = uploaded(
                token,
                ImageFixtures.encode(ImageFixtures.unique(ImageFixtures.picture(700, 300, true)), "png"),
                "logo.png");
        assertThat(png.path("contentType").asString()).isEqualTo("image/png");
        assertThat(png.path("url").asString()).endsWith("/original.png");
        assertThat(png.path("renditions").findValuesAsString("url")).allMatch(u -> u.endsWith(".png"));

        JsonNode gif = uploaded(
                token,
                ImageFixtures.encode(ImageFixtures.unique(ImageFixtures.picture(500, 200, false)), "gif"),
                "anim.gif");
        assertThat(gif.path("contentType").asString()).isEqualTo("image/gif");
        assertThat(gif.path("url").asString()).endsWith("/original.gif");
        assertThat(gif.path("renditions").findValuesAsString("url"))
                .containsExactly(gif.path("url").asString().replace("original.gif", "320.png"));

        int green = (int) (System.nanoTime() % 200);
        JsonNode webp = uploaded(token, ImageFixtures.webp(700, 400, 10, green, 30), "shot.webp");
        assertThat(webp.path("contentType").asString()).isEqualTo("image/webp");
        assertThat(webp.path("url").asString()).endsWith("/original.jpg");
        assertThat(webp.path("width").asInt()).isEqualTo(700);
        assertThat(fetch(webp.path("url").asString()).headers().firstValue("Content-Type"))
                .hasValue("image/jpeg");

        JsonNode noName = uploaded(token, ImageFixtures.uniqueJpeg(100, 100), "");
        assertThat(noName.path("filename").asString()).isEqualTo("image");
        JsonNode pathName = uploaded(token, ImageFixtures.uniqueJpeg(100, 100), "C:\\fakepath\\scan\u202Egpj.jpg");
        assertThat(pathName.path("filename").asString()).isEqualTo("scangpj.jpg");
    }

    @Test
    void storesTheSameBytesOnceForEveryoneWhoUploadsThem() {
        byte[] jpeg = ImageFixtures.uniqueJpeg(900, 600);
        long filesBefore = rows("media_files");
        int onDiskBefore = onDisk().size();

        JsonNode first = uploaded(signedIn("AUTHOR"), jpeg, "a.jpg", "First");
        JsonNode second = uploaded(signedIn("AUTHOR"), jpeg, "b.jpg", "Second");

        assertThat(second.path("id")).isNotEqualTo(first.path("id"));
        assertThat(second.path("alt").asString()).isEqualTo("Second");
        assertThat(second.path("url")).isEqualTo(first.path("url"));
        assertThat(second.path("renditions")).isEqualTo(first.path("renditions"));
        assertThat(rows("media_files")).isEqualTo(filesBefore + 1);
        assertThat(onDisk()).hasSize(onDiskBefore + 3);
    }

    @Test
    void listsNewestFirstAuthorsTheirOwnEditorsAll() {
        String word = unique("kestrel");
        SignedIn ada = signedInUser("AUTHOR");
        SignedIn bob = signedInUser("AUTHOR");
        String editor = signedIn("EDITOR");
        JsonNode older = uploaded(ada.token(), ImageFixtures.uniqueJpeg(300, 200), word + "-nest.jpg");
        JsonNode newer = uploaded(
                ada.token(),
                ImageFixtures.encode(ImageFixtures.unique(ImageFixtures.picture(300, 200, true)), "png"),
                "chart.png",
                "A " + word.toUpperCase() + " in flight");
        JsonNode bobs =
                uploaded(bob.token(), ImageFixtures.uniqueJpeg(300, 200), "b.jpg", null, "cap", "Photo: " + word);

        JsonNode mine =
                body(get("/api/v1/assets?q=" + word, ada.token()).expectStatus().isOk());
        assertThat(mine.path("content").findValuesAsString("id"))
                .containsExactly(newer.path("id").asString(), older.path("id").asString());
        assertThat(mine.path("page").path("totalElements").asLong()).isEqualTo(2);

        JsonNode all =
                body(get("/api/v1/assets?q=" + word, editor).expectStatus().isOk());
        assertThat(all.path("content").findValuesAsString("id"))
                .containsExactly(
                        bobs.path("id").asString(),
                        newer.path("id").asString(),
                        older.path("id").asString());

        JsonNode pngs = body(get("/api/v1/assets?contentType=image/png&q=" + word, editor)
                .expectStatus()
                .isOk());
        assertThat(pngs.path("content").findValuesAsString("id"))
                .containsExactly(newer.path("id").asString());

        var firstPage = get("/api/v1/assets?size=1&q=" + word, editor)
                .expectStatus()
                .isOk()
                .expectHeader()
                .exists("ETag")
                .returnResult(String.class);
        assertThat(firstPage.getResponseHeaders().getFirst("Link")).contains("rel=\"next\"", "rel=\"last\"");
        JsonNode page = json(firstPage.getResponseBody());
        assertThat(page.path("page").path("totalPages").asLong()).isEqualTo(3);
        assertThat(page.path("next").asString()).contains("page=1");

        JsonNode byName = body(get("/api/v1/assets?sort=filename,asc&q=" + word, editor)
                .expectStatus()
                .isOk());
        assertThat(byName.path("content").findValuesAsString("filename"))
                .containsExactly("b.jpg", "chart.png", word + "-nest.jpg");
    }

    @Test
    void refusesBadListParametersNamingThem() {
        String token = signedIn("AUTHOR");
        assertProblem(
                body(get("/api/v1/assets?contentType=image/svg%2Bxml", token)
                        .expectStatus()
                        .isBadRequest()),
                400,
                "urn:quire:problem:validation",
                "contentType");
        assertProblem(
                body(get("/api/v1/assets?q=" + "x".repeat(201), token)
                        .expectStatus()
                        .isBadRequest()),
                400,
                "urn:quire:problem:validation",
                "q");
        assertProblem(
                body(get("/api/v1/assets?sort=bytes,desc", token).expectStatus().isBadRequest()),
                400,
                "urn:quire:problem:validation",
                "sort");
        assertProblem(
                body(get("/api/v1/assets?size=101", token).expectStatus().isBadRequest()),
                400,
                "urn:quire:problem:validation",
                "size");
    }

    @Test
    void showsAnAuthorNothingOfAnotherAuthorsAssets() {
        JsonNode asset = uploaded(signedIn("AUTHOR"), ImageFixtures.uniqueJpeg(300, 200), "private.jpg");
        String id = asset.path("id").asString();
        String other = signedIn("AUTHOR");

        get("/api/v1/assets/" + id, other).expectStatus().isNotFound();
        patch(id, other, "{\"alt\": \"mine now\"}", null).expectStatus().isNotFound();
        assertThat(body(get("/api/v1/assets?size=100", other).expectStatus().isOk())
                        .path("content")
                        .findValuesAsString("id"))
                .doesNotContain(id);
        get("/api/v1/assets/" + id, null).expectStatus().isUnauthorized();
        get("/api/v1/assets", null).expectStatus().isUnauthorized();
        upload(null, ImageFixtures.uniqueJpeg(10, 10), "x.jpg").expectStatus().isUnauthorized();
        get("/api/v1/assets/" + id, signedIn("EDITOR")).expectStatus().isOk();
    }

    @Test
    void describesAnAssetWithAMergePatchGuardedByItsETag() {
        SignedIn author = signedInUser("AUTHOR");
        JsonNode asset = uploaded(
                author.token(), ImageFixtures.uniqueJpeg(300, 200), "p.jpg", "Old alt", "Old caption", "Old credit");
        String id = asset.path("id").asString();
        String etag = get("/api/v1/assets/" + id, author.token())
                .returnResult(String.class)
                .getResponseHeaders()
                .getETag();

        JsonNode changed =
                body(patch(id, author.token(), """
                {"alt": "New alt", "caption": null, "focalPoint": {"x": 0.25, "y": 1}}""", etag).expectStatus().isOk());
        assertThat(changed.path("alt").asString()).isEqualTo("New alt");
        assertThat(changed.path("caption").isNull()).isTrue();
        assertThat(changed.path("credit").asString()).isEqualTo("Old credit");
        assertThat(changed.path("focalPoint").path("x").asDouble()).isEqualTo(0.25);
        assertThat(changed.path("focalPoint").path("y").asDouble()).isEqualTo(1.0);
        assertThat(changed.path("version").asLong()).isEqualTo(1);
        assertThat(changed.path("url")).isEqualTo(asset.path("url"));

        patch(id, author.token(), "{\"alt\": \"Lost\"}", etag).expectStatus().isEqualTo(412);
        patch(id, author.token(), "{\"alt\": \"Lost\", \"version\": 0}", null)
                .expectStatus()
                .isEqualTo(412);
        assertThat(body(get("/api/v1/assets/" + id, author.token())).path("alt").asString())
                .isEqualTo("New alt");

        JsonNode editorView = body(patch(id, signedIn("EDITOR"), "{\"focalPoint\": null, \"version\": 1}", null)
                .expectStatus()
                .isOk());
        assertThat(editorView.path("focalPoint").isNull()).isTrue();
    }

    @Test
    void refusesInvalidDescriptionsNamingTheField() {
        String token = signedIn("AUTHOR");
        String id = uploaded(token, ImageFixtures.uniqueJpeg(300, 200), "p.jpg")
                .path("id")
                .asString();

        assertProblem(
                body(patch(id, token, "{\"focalPoint\": {\"x\": 1.5, \"y\": 0.5}}", null)
                        .expectStatus()
                        .isBadRequest()),
                400,
                "urn:quire:problem:validation",
                "focalPoint.x");
        assertProblem(
                body(patch(id, token, "{\"focalPoint\": {\"x\": 0.5}}", null)
                        .expectStatus()
                        .isBadRequest()),
                400,
                "urn:quire:problem:validation",
                "focalPoint.y");
        assertProblem(
                body(patch(id, token, "{\"url\": \"https://evil.example/x.jpg\"}", null)
                        .expectStatus()
                        .isBadRequest()),
                400,
                "urn:quire:problem:validation",
                "url");
        assertProblem(
                body(patch(id, token, "{\"alt\": \"" + "a".repeat(1001) + "\"}", null)
                        .expectStatus()
                        .isBadRequest()),
                400,
                "urn:quire:problem:validation",
                "alt");
        assertProblem(
                body(patch(id, token, "{\"credit\": 5}", null).expectStatus().isBadRequest()), 400, null, "credit");
    }

    @Test
    void letsEditorsDeleteAndTakesTheFilesWithTheLastAssetOnThem() {
        String editor = signedIn("EDITOR");
        String author = signedIn("AUTHOR");
        byte[] jpeg = ImageFixtures.uniqueJpeg(700, 500);
        JsonNode first = uploaded(author, jpeg, "one.jpg");
        JsonNode second = uploaded(signedIn("AUTHOR"), jpeg, "two.jpg");
        String url = first.path("url").asString();

        send(HttpMethod.DELETE, "/api/v1/assets/" + first.path("id").asString(), author, null)
                .expectStatus()
                .isForbidden();
        http.delete()
                .uri("/api/v1/assets/" + first.path("id").asString())
                .header("Authorization", "Bearer " + editor)
                .header("If-Match", "\"stale\"")
                .exchange()
                .expectStatus()
                .isEqualTo(412);

        send(HttpMethod.DELETE, "/api/v1/assets/" + first.path("id").asString(), editor, null)
                .expectStatus()
                .isNoContent();
        get("/api/v1/assets/" + first.path("id").asString(), editor)
                .expectStatus()
                .isNotFound();
        assertThat(fetch(url).statusCode()).as("still used by the second asset").isEqualTo(200);

        send(HttpMethod.DELETE, "/api/v1/assets/" + second.path("id").asString(), editor, null)
                .expectStatus()
                .isNoContent();
        assertThat(fetch(url).statusCode()).isEqualTo(404);
        assertThat(fetch(first.path("renditions").get(0).path("url").asString()).statusCode())
                .isEqualTo(404);
        send(HttpMethod.DELETE, "/api/v1/assets/" + second.path("id").asString(), editor, null)
                .expectStatus()
                .isNotFound();
    }

    @Test
    void refusesToDeleteAnAssetInUseNamingWhatUsesIt() {
        String editor = signedIn("EDITOR");
        String author = signedIn("AUTHOR");
        JsonNode kept = uploaded(author, ImageFixtures.uniqueJpeg(300, 200), "kept.jpg");
        JsonNode dropped = uploaded(author, ImageFixtures.uniqueJpeg(300, 200), "dropped.jpg");
        UUID keptId = UUID.fromString(kept.path("id").asString());
        UUID droppedId = UUID.fromString(dropped.path("id").asString());
        AssetOwner article = new AssetOwner("article", UUID.randomUUID());

        lookup.recordUsage(article, List.of(keptId, droppedId, UUID.randomUUID()));
        lookup.recordUsage(article, List.of(keptId));

        JsonNode problem = body(send(HttpMethod.DELETE, "/api/v1/assets/" + keptId, editor, null)
                .expectStatus()
                .isEqualTo(409));
        assertProblem(problem, 409, "urn:quire:problem:asset-in-use", null);
        assertThat(problem.path("detail").asString()).contains("article " + article.id());
        assertThat(problem.path("usedBy").get(0).path("type").asString()).isEqualTo("article");
        assertThat(problem.path("usedBy").get(0).path("id").asString())
                .isEqualTo(article.id().toString());
        get("/api/v1/assets/" + keptId, editor).expectStatus().isOk();

        send(HttpMethod.DELETE, "/api/v1/assets/" + droppedId, editor, null)
                .expectStatus()
                .isNoContent();
        lookup.clearUsage(article);
        send(HttpMethod.DELETE, "/api/v1/assets/" + keptId, editor, null)
                .expectStatus()
                .isNoContent();
    }

    @Test
    void resolvesAssetsForOtherModulesByIdAndByFileUrl() {
        SignedIn author = signedInUser("AUTHOR");
        JsonNode asset = uploaded(author.token(), ImageFixtures.uniqueJpeg(1100, 700), "lookup.jpg", "Alt");
        UUID id = UUID.fromString(asset.path("id").asString());
        String rendition = asset.path("renditions").get(0).path("url").asString();

        AssetImage byUrl = lookup.findByUrl(
                        "https://cdn.example" + rendition.substring(rendition.indexOf("/media/")) + "?v=1")
                .orElseThrow();
        assertThat(byUrl.assetId()).isEqualTo(id);
        assertThat(byUrl.width()).isEqualTo(1100);
        assertThat(byUrl.height()).isEqualTo(700);
        assertThat(byUrl.alt()).isEqualTo("Alt");
        assertThat(byUrl.renditions()).extracting(RenditionView::width).containsExactly(320, 640, 1024);
        assertThat(lookup.find(id)).contains(byUrl);
        assertThat(lookup.findAll(List.of(id, UUID.randomUUID()))).containsOnlyKeys(id);
        assertThat(lookup.findByUrl("https://elsewhere.example/media/" + "0".repeat(32) + "/original.jpg"))
                .isEmpty();
        assertThat(lookup.findByUrl("https://elsewhere.example/picture.jpg")).isEmpty();
    }

    @Test
    void sweepsTheFilesOfAnUploadThatNeverGotItsRowAndKeepsEverythingElse() throws IOException {
        Instant now = Instant.now();
        String lost = storedUnder(now.minus(MediaJanitor.GRACE.multipliedBy(2)));
        String inFlight = storedUnder(now.minusSeconds(5));
        JsonNode asset = uploaded(signedIn("AUTHOR"), ImageFixtures.uniqueJpeg(400, 300), "kept.jpg");
        String adopted = MediaUrls.storageKeyOf(asset.path("url").asString()).orElseThrow();
        cleanups.save(new MediaCleanup(adopted, now.minus(MediaJanitor.GRACE.multipliedBy(2))));
        Path staleWork = Files.createTempFile(directories.work(), "upload-", ".part");
        Files.setLastModifiedTime(staleWork, FileTime.from(now.minus(MediaJanitor.GRACE.multipliedBy(2))));
        Path freshWork = Files.createTempFile(directories.work(), "upload-", ".part");

        janitor.sweep(now.minus(MediaJanitor.GRACE));

        assertThat(storage.open(lost, "original.jpg")).isEmpty();
        assertThat(cleanups.existsById(lost)).isFalse();
        assertThat(storage.open(inFlight, "original.jpg")).isPresent();
        assertThat(cleanups.existsById(inFlight)).isTrue();
        assertThat(fetch(asset.path("url").asString()).statusCode()).isEqualTo(200);
        assertThat(cleanups.existsById(adopted)).isFalse();
        assertThat(staleWork).doesNotExist();
        assertThat(freshWork).exists();
        Files.delete(freshWork);
        janitor.release(inFlight);
    }

    /** Files stored under a key reserved at that time, as an upload does before it writes its rows. */
    private String storedUnder(Instant reserved) throws IOException {
        String key = io.quire.media.internal.StorageKeys.next();
        cleanups.save(new MediaCleanup(key, reserved));
        Path file = Files.write(Files.createTempFile(directories.work(), "file-", ".jpg"), ImageFixtures.jpeg(10, 10));
        storage.put(key, java.util.Map.of("original.jpg", file));
        return key;
    }
}
