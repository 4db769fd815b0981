package io.quire.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import io.quire.support.Chromium;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Swagger UI as an editor sees it, in headless Chromium: the introduction, operations grouped
 * and ordered for editorial work, and the whole round trip of signing in through Authorize,
 * creating an article with its prefilled example, publishing it, and reading it signed out.
 * Screenshots of each step, and of the page when a test fails, go to {@code target/swagger-ui/}.
 * Skipped, with the reason, where Chromium and chromedriver are not installed.
 */
class SwaggerUiBrowserTest extends ApiTest {

    private static final Path SCREENSHOTS = Path.of("target", "swagger-ui");
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Logger log = LoggerFactory.getLogger(SwaggerUiBrowserTest.class);

    private Chromium chromium;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private String testName;
    private final Map<String, WebElement> opened = new HashMap<>();

    @RegisterExtension
    final ScreenshotOnFailure screenshotOnFailure = new ScreenshotOnFailure();

    @BeforeEach
    void openSwaggerUi(TestInfo test) throws IOException {
        // Per test, not per class: Surefire reports a skipped test with its reason, a skipped class not at all.
        Chromium.missing().ifPresent(reason -> {
            log.warn("Swagger UI browser test skipped: {}", reason);
            Assumptions.abort("Swagger UI browser test skipped: " + reason);
        });
        testName = test.getTestMethod().orElseThrow().getName();
        forgetEarlierScreenshots();
        chromium = Chromium.start();
        browser = chromium.driver();
        wait = new WebDriverWait(browser, PATIENCE, Duration.ofMillis(100));
        browser.get("http://localhost:" + port + "/swagger-ui.html");
        operation("Articles", "articleList");
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void introducesTheApiAndListsOperationsReadyToRunInEditorialOrder() throws IOException {
        String intro = browser.findElement(By.cssSelector(".information-container .description"))
                .getText();
        assertThat(intro).contains("Signing in", "Authorize", "Moving ids", "Changing things safely");
        assertThat(browser.getTitle()).isEqualTo("Quire API");

        List<String> tags = browser.findElements(By.cssSelector("h3.opblock-tag")).stream()
                .map(tag -> tag.getDomAttribute("data-tag"))
                .toList();
        assertThat(tags)
                .containsExactly(
                        "Articles",
                        "Tags",
                        "Comments",
                        "Users",
                        "Webhooks",
                        "Sign-in",
                        "Feeds",
                        "Transfer",
                        "Media",
                        "API keys",
                        "Authors");
        assertThat(operationIds("Articles"))
                .containsExactly(
                        "articleList",
                        "articleCreate",
                        "articleGet",
                        "articleGetBySlug",
                        "articleReplace",
                        "articlePatch",
                        "articleSubmit",
                        "articlePublish",
                        "articleUnpublish",
                        "articleArchive",
                        "articleDelete",
                        "articleRevisions",
                        "articleRevision",
                        "articleRestore");
        assertThat(operationIds("Comments")).startsWith("commentList", "commentPost", "commentQueue");
        assertThat(operationIds("Media"))
                .containsExactly("assetList", "assetUpload", "assetGet", "assetPatch", "assetDelete");

        WebElement articles = expand("Articles", "articleList");
        assertThat(execute(articles, "200").path("page").path("size").asInt())
                .as("prefilled paging")
                .isEqualTo(20);
        execute(expand("Tags", "tagList"), "200");

        WebElement upload = expand("Media", "assetUpload");
        assertThat(upload.findElements(By.cssSelector("input[type=file]")))
                .as("the upload form has a file picker")
                .hasSize(1);

        WebElement post = expand("Comments", "commentPost");
        assertThat(json(requestBody(post)).propertyNames())
                .as("the example comment leaves the honeypot empty")
                .containsExactlyInAnyOrder("authorName", "authorEmail", "body");
        assertThat(post.findElements(By.cssSelector("button.execute")))
                .as("Try it out is on")
                .hasSize(1);
        screenshot("overview");
    }

    @Test
    void anEditorSignsInUploadsAFeatureImagePublishesAndReadersSeeIt() throws IOException {
        assertThat(signedIn()).isFalse();
        String refused = signInRefused("admin", "not-the-password");
        assertThat(refused).contains("Wrong username or password.");
        screenshot("wrong-password");
        signIn("admin", ADMIN_PASSWORD);
        assertThat(signedIn()).isTrue();
        String remembered = (String) browser.executeScript("return localStorage.getItem('authorized');");
        assertThat(remembered).contains("access_token").doesNotContain(ADMIN_PASSWORD);
        screenshot("signed-in");

        browser.navigate().refresh();
        operation("Articles", "articleList");
        assertThat(signedIn()).as("the sign-in survives a reload").isTrue();

        WebElement create = expand("Articles", "articleCreate");
        JsonNode example = json(requestBody(create));
        assertThat(example.path("title").asString()).isNotBlank();
        assertThat(example.has("version"))
                .as("the create example sends no version")
                .isFalse();
        JsonNode draft = execute(create, "201");
        assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.path("title").asString())
                .isEqualTo(example.path("title").asString());
        String id = draft.path("id").asString();
        screenshot("created");

        WebElement upload = expand("Media", "assetUpload");
        upload.findElement(By.cssSelector("input[type=file]"))
                .sendKeys(picture().toAbsolutePath().toString());
        JsonNode asset = execute(upload, "201");
        assertThat(asset.path("width").asInt()).isEqualTo(800);
        screenshot("uploaded");

        WebElement patch = expand("Articles", "articlePatch");
        parameter(patch, "id").sendKeys(id);
        WebElement patchBody = patch.findElement(By.cssSelector("textarea.body-param__text"));
        patchBody.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        patchBody.sendKeys("{\"featureImage\": {\"assetId\": \""
                + asset.path("id").asString() + "\", \"caption\": \"Set in Swagger UI\"}}");
        JsonNode illustrated = execute(patch, "200");
        assertThat(illustrated.path("featureImage").path("url").asString())
                .isEqualTo(asset.path("url").asString());
        assertThat(illustrated.path("featureImage").path("caption").asString()).isEqualTo("Set in Swagger UI");
        screenshot("feature-image");

        WebElement publish = expand("Articles", "articlePublish");
        parameter(publish, "id").sendKeys(id);
        JsonNode later = json(requestBody(publish));
        assertThat(later.has("publishAt"))
                .as("the first publish example publishes later")
                .isTrue();
        assertThat(later.has("version")).as("and carries a version to replace").isTrue();
        // A year typo: refused, naming publishAt, and nothing is published.
        replaceRequestBody(
                publish,
                "{\"publishAt\": \"2020-06-01T07:00:00Z\", \"version\": "
                        + illustrated.path("version").asLong() + "}");
        JsonNode pastTime = execute(publish, "400");
        assertThat(pastTime.path("errors").get(0).path("field").asString()).isEqualTo("publishAt");
        screenshot("publish-at-in-the-past");
        replaceRequestBody(
                publish, "{\"version\": " + illustrated.path("version").asLong() + "}");
        assertThat(execute(publish, "200").path("status").asString()).isEqualTo("PUBLISHED");
        screenshot("published");

        signOut();
        WebElement read = expand("Articles", "articleGet");
        parameter(read, "id").sendKeys(id);
        JsonNode article = execute(read, "200");
        assertThat(article.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(read.findElement(By.cssSelector(".curl-command")).getDomProperty("textContent"))
                .as("read without credentials")
                .doesNotContain("Authorization");
        screenshot("read-signed-out");

        assertThat(body(get("/api/v1/articles/" + id, null).expectStatus().isOk())
                        .path("title")
                        .asString())
                .isEqualTo(example.path("title").asString());
    }

    /**
     * The morning of the contract's "Editors in Swagger UI": sign in, create an author, write and submit as the author,
     * review and edit with the version from a list, schedule, restore, moderate with the articles' titles in sight,
     * rename a tag, archive, search, and four honest mistakes, each answered in words a person understands.
     */
    @Test
    void anEditorsWholeMorningWithoutCopyingETags() throws IOException {
        // Yesterday's article, with two reader comments waiting since before the editor arrives.
        String reporter = signedIn("EDITOR");
        String yesterdayTitle = unique("Harbour ferry timetable");
        JsonNode yesterday = given.published(reporter, "{\"title\": \"" + yesterdayTitle + "\"}");
        Instant before = clock.instant().minusSeconds(1);
        List<String> readerComments = List.of(
                readerComment(yesterday.path("id").asString(), "Thanks, the 7:40 ferry is back!"),
                readerComment(yesterday.path("id").asString(), "Is there a night ferry too?"));

        // Mistake 1: a wrong password, answered as such.
        assertThat(signInRefused("admin", "not-the-password")).contains("Wrong username or password.");
        screenshot("01-wrong-password");
        signIn("admin", ADMIN_PASSWORD);
        screenshot("02-signed-in");

        // A colleague's account, AUTHOR as the example proposes.
        WebElement createUser = open("Users", "userCreate");
        assertThat(json(requestBody(createUser)).path("roles").toString()).isEqualTo("[\"AUTHOR\"]");
        String author = unique("ruth").toLowerCase();
        String password = "tram-" + UUID.randomUUID();
        replaceRequestBody(createUser, """
                {"username": "%s", "password": "%s", "displayName": "Ruth Reporter", "roles": ["AUTHOR"]}""".formatted(author, password));
        assertThat(execute(createUser, "201").path("roles").toString()).isEqualTo("[\"AUTHOR\"]");
        screenshot("03-author-created");

        // The author writes, with a typo in the title, and submits for review.
        signOut();
        signIn(author, password);
        String word = unique("tram").toLowerCase().replace("-", "");
        String tag = unique("Trams");
        WebElement create = open("Articles", "articleCreate");
        replaceRequestBody(create, """
                {"title": "Council vtoes on the %s line", "summary": "The vote is tonight.", \
                "body": "The council votes tonight.", "tags": ["%s"]}""".formatted(word, tag));
        JsonNode draft = execute(create, "201");
        String id = draft.path("id").asString();
        screenshot("04-author-writes");
        WebElement submit = open("Articles", "articleSubmit");
        fill(submit, "id", id);
        replaceRequestBody(submit, "{\"version\": " + draft.path("version").asLong() + "}");
        assertThat(execute(submit, "200").path("status").asString()).isEqualTo("IN_REVIEW");
        screenshot("05-submitted");

        // The editor finds it in a list and fixes the typo with the version the list shows: no ETag.
        signOut();
        signIn("admin", ADMIN_PASSWORD);
        WebElement list = open("Articles", "articleList");
        fill(list, "author", author);
        JsonNode listed = item(execute(list, "200"), id);
        assertThat(listed.path("status").asString()).isEqualTo("IN_REVIEW");
        long version = listed.path("version").asLong();
        screenshot("06-review-list");
        WebElement patch = open("Articles", "articlePatch");
        fill(patch, "id", id);
        replaceRequestBody(
                patch, "{\"title\": \"Council votes on the " + word + " line\", \"version\": " + version + "}");
        JsonNode fixed = execute(patch, "200");
        assertThat(fixed.path("title").asString()).startsWith("Council votes");
        screenshot("07-typo-fixed");

        // Mistake 2: the same version again, stale now: a 412 that says what happened and what to do.
        replaceRequestBody(patch, "{\"summary\": \"Tonight's vote.\", \"version\": " + version + "}");
        assertThat(execute(patch, "412").path("detail").asString())
                .startsWith("Someone changed this since you loaded it")
                .endsWith("read it again, then repeat your change.");
        screenshot("08-stale-version");

        // Mistake 3: a line break typed inside a string: where, and how to write it.
        replaceRequestBody(patch, "{\"body\": \"First paragraph.\nSecond paragraph.\"}");
        assertThat(execute(patch, "400").path("detail").asString())
                .contains("line 1, column")
                .contains("\\n");
        screenshot("09-broken-json");
        replaceRequestBody(
                patch,
                "{\"body\": \"The council votes tonight.\\n\\nA rewrite nobody asked for.\", \"version\": "
                        + fixed.path("version").asLong() + "}");
        JsonNode rewritten = execute(patch, "200");

        // Mistake 4: a year typo in publishAt refuses, naming it; the prefilled "Publish later" schedules.
        WebElement publish = open("Articles", "articlePublish");
        fill(publish, "id", id);
        JsonNode later = json(requestBody(publish));
        Instant proposed = Instant.parse(later.path("publishAt").asString());
        assertThat(proposed)
                .as("the prefilled publication time is ahead by the server's clock, and soon")
                .isAfter(clock.instant())
                .isBefore(clock.instant().plus(Duration.ofDays(2)));
        long current = rewritten.path("version").asLong();
        String lastYear = proposed.minus(Duration.ofDays(365)).toString();
        replaceRequestBody(publish, "{\"publishAt\": \"" + lastYear + "\", \"version\": " + current + "}");
        assertThat(execute(publish, "400").path("errors").get(0).path("field").asString())
                .isEqualTo("publishAt");
        screenshot("10-publish-at-in-the-past");
        replaceRequestBody(publish, "{\"publishAt\": \"" + proposed + "\", \"version\": " + current + "}");
        JsonNode scheduled = execute(publish, "200");
        assertThat(scheduled.path("status").asString()).isEqualTo("SCHEDULED");
        screenshot("11-scheduled");

        // The rewrite was a mistake: restore revision 2, the one with the typo fixed.
        WebElement restore = open("Articles", "articleRestore");
        fill(restore, "id", id);
        fill(restore, "number", "2");
        replaceRequestBody(restore, "{\"version\": " + scheduled.path("version").asLong() + "}");
        assertThat(execute(restore, "200").path("body").asString()).isEqualTo("The council votes tonight.");
        WebElement revisions = open("Articles", "articleRevisions");
        fill(revisions, "id", id);
        JsonNode newest = execute(revisions, "200").path("content").get(0);
        assertThat(newest.path("restoredFrom").asInt()).isEqualTo(2);
        assertThat(newest.path("changed").toString()).contains("body");
        screenshot("12-restored");

        // Two reader comments, each shown with the title of its article; one approved, one rejected.
        WebElement queue = open("Comments", "commentQueue");
        fill(queue, "createdAfter", before.toString());
        JsonNode waiting = execute(queue, "200").path("content");
        assertThat(waiting).hasSize(2);
        waiting.forEach(
                c -> assertThat(c.path("article").path("title").asString()).isEqualTo(yesterdayTitle));
        assertThat(queue.findElement(By.cssSelector(".live-responses-table")).getText())
                .contains(yesterdayTitle);
        screenshot("13-moderation-queue");
        WebElement moderate = open("Comments", "commentModerate");
        fill(moderate, "id", readerComments.get(0));
        replaceRequestBody(moderate, "{\"status\": \"APPROVED\", \"version\": 0}");
        assertThat(execute(moderate, "200").path("status").asString()).isEqualTo("APPROVED");
        fill(moderate, "id", readerComments.get(1));
        replaceRequestBody(moderate, "{\"status\": \"REJECTED\", \"version\": 0}");
        assertThat(execute(moderate, "200").path("status").asString()).isEqualTo("REJECTED");
        WebElement log = open("Comments", "commentModerations");
        fill(log, "moderator", "admin");
        JsonNode decisions = execute(log, "200").path("content");
        assertThat(decisions.get(0).path("commentId").asString()).isEqualTo(readerComments.get(1));
        assertThat(decisions.get(0).path("article").path("title").asString()).isEqualTo(yesterdayTitle);
        assertThat(decisions.get(1).path("article").path("title").asString()).isEqualTo(yesterdayTitle);
        screenshot("14-moderated");

        // The author's tag gets a better name; its slug, and so its links, stay.
        String tagSlug = tag.toLowerCase();
        WebElement tagBySlug = open("Tags", "tagGetBySlug");
        fill(tagBySlug, "slug", tagSlug);
        JsonNode found = execute(tagBySlug, "200");
        WebElement renameTag = open("Tags", "tagPatch");
        fill(renameTag, "id", found.path("id").asString());
        replaceRequestBody(
                renameTag,
                "{\"name\": \"Trams " + word + "\", \"version\": "
                        + found.path("version").asLong() + "}");
        JsonNode renamed = execute(renameTag, "200");
        assertThat(renamed.path("name").asString()).isEqualTo("Trams " + word);
        assertThat(renamed.path("slug").asString()).isEqualTo(tagSlug);
        screenshot("15-tag-renamed");

        // Yesterday's article goes to the archive, found by the slug the editor knows.
        WebElement bySlug = open("Articles", "articleGetBySlug");
        fill(bySlug, "slug", yesterday.path("slug").asString());
        JsonNode toArchive = execute(bySlug, "200");
        WebElement archive = open("Articles", "articleArchive");
        fill(archive, "id", toArchive.path("id").asString());
        replaceRequestBody(archive, "{\"version\": " + toArchive.path("version").asLong() + "}");
        assertThat(execute(archive, "200").path("status").asString()).isEqualTo("ARCHIVED");
        screenshot("16-archived");

        // And a search finds the scheduled article by a word of its title.
        fill(list, "author", "");
        fill(list, "q", word);
        JsonNode hits = execute(list, "200");
        assertThat(item(hits, id).path("highlight").path("title").asString()).contains("<mark>");
        screenshot("17-search");
    }

    /** A reader's comment, posted as readers post them (signed out, from their own address); its id. */
    private String readerComment(String articleId, String text) {
        return body(http.post()
                        .uri("/api/v1/articles/" + articleId + "/comments")
                        .header("X-Forwarded-For", clientIp())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"authorName\": \"Reader\", \"authorEmail\": \"reader@example.org\", \"body\": \""
                                + text + "\"}")
                        .exchange()
                        .expectStatus()
                        .isCreated())
                .path("id")
                .asString();
    }

    private static JsonNode item(JsonNode page, String id) {
        for (JsonNode item : page.path("content")) {
            if (item.path("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("No item " + id + " in " + page);
    }

    /** The operation, expanded once and kept open: a second click on its summary would fold it. */
    private WebElement open(String tag, String operationId) {
        return opened.computeIfAbsent(tag + "-" + operationId, key -> expand(tag, operationId));
    }

    /** Types over a parameter's value the way a person does, so Swagger UI's state follows. */
    private void fill(WebElement operation, String name, String value) {
        WebElement input = parameter(operation, name);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        if (!value.isEmpty()) {
            input.sendKeys(value);
        }
    }

    /** A picture drawn for the upload, as a file the browser's file picker can take. */
    private static Path picture() throws IOException {
        BufferedImage image = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 90, 140));
        g.fillRect(0, 0, 800, 500);
        g.setColor(Color.ORANGE);
        g.fillOval(300, 150, 200, 200);
        g.dispose();
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve("harbour.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private void signIn(String username, String password) throws IOException {
        browser.findElement(By.cssSelector(".auth-wrapper button.authorize")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-ux")));
        dialog.findElement(By.id("oauth_username")).sendKeys(username);
        dialog.findElement(By.id("oauth_password")).sendKeys(password);
        WebElement oauth = dialog.findElement(
                By.xpath(".//*[@id='oauth_username']/ancestor::div[contains(@class, 'auth-container')]"));
        screenshot("authorize");
        oauth.findElement(By.cssSelector("button.authorize")).click();
        wait.until(d -> !oauth.findElements(By.xpath(".//button[normalize-space()='Logout']"))
                .isEmpty());
        dialog.findElement(By.cssSelector("button.close-modal")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-ux")));
    }

    /** Tries to sign in with a wrong password: the dialog's error, as Swagger UI shows it; the dialog closes. */
    private String signInRefused(String username, String password) {
        browser.findElement(By.cssSelector(".auth-wrapper button.authorize")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-ux")));
        List<WebElement> containers = dialog.findElements(By.cssSelector(".auth-container"));
        assertThat(containers.get(0).findElements(By.id("oauth_username")))
                .as("username and password come first")
                .hasSize(1);
        assertThat(dialog.findElements(By.cssSelector("input[id^='client_secret'], select#password_type")).stream()
                        .filter(WebElement::isDisplayed)
                        .toList())
                .as("no client credentials the editor never sets")
                .isEmpty();
        dialog.findElement(By.id("oauth_username")).sendKeys(username);
        dialog.findElement(By.id("oauth_password")).sendKeys(password);
        WebElement oauth = containers.get(0);
        oauth.findElement(By.cssSelector("button.authorize")).click();
        WebElement error = wait.until(d -> oauth.findElements(By.cssSelector(".errors")).stream()
                .findFirst()
                .orElse(null));
        String text = error.getText();
        dialog.findElement(By.id("oauth_username")).clear();
        dialog.findElement(By.id("oauth_password")).clear();
        dialog.findElement(By.cssSelector("button.close-modal")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-ux")));
        return text;
    }

    private void replaceRequestBody(WebElement operation, String json) {
        WebElement body = operation.findElement(By.cssSelector("textarea.body-param__text"));
        // Select and type over: clear() empties the element without telling Swagger UI's state.
        body.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        body.sendKeys(json);
    }

    private void signOut() {
        browser.findElement(By.cssSelector(".auth-wrapper button.authorize")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-ux")));
        dialog.findElement(By.xpath(".//button[normalize-space()='Logout']")).click();
        dialog.findElement(By.cssSelector("button.close-modal")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-ux")));
        assertThat(signedIn()).isFalse();
    }

    /** Swagger UI marks its Authorize button {@code locked} while it holds credentials. */
    private boolean signedIn() {
        String classes = browser.findElement(By.cssSelector(".auth-wrapper button.authorize"))
                .getDomAttribute("class");
        return List.of(classes.split("\\s+")).contains("locked");
    }

    private WebElement operation(String tag, String operationId) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id("operations-" + tag + "-" + operationId)));
    }

    private List<String> operationIds(String tag) {
        String prefix = "operations-" + tag + "-";
        return browser.findElements(By.cssSelector(".opblock")).stream()
                .map(op -> op.getDomAttribute("id"))
                .filter(id -> id.startsWith(prefix))
                .map(id -> id.substring(prefix.length()))
                .toList();
    }

    private WebElement expand(String tag, String operationId) {
        WebElement operation = operation(tag, operationId);
        WebElement summary = operation.findElement(By.cssSelector(".opblock-summary-control"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", summary);
        summary.click();
        wait.until(
                d -> !operation.findElements(By.cssSelector("button.execute")).isEmpty());
        return operation;
    }

    private WebElement parameter(WebElement operation, String name) {
        return operation.findElement(By.cssSelector("tr[data-param-name='" + name + "'] input"));
    }

    private String requestBody(WebElement operation) {
        return operation
                .findElement(By.cssSelector("textarea.body-param__text"))
                .getDomProperty("value");
    }

    /** Presses Execute and returns the answer's JSON, once Swagger UI shows the expected status. */
    private JsonNode execute(WebElement operation, String status) {
        WebElement button = operation.findElement(By.cssSelector("button.execute"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        By code = By.cssSelector(".live-responses-table .response .response-col_status");
        By answer = By.cssSelector(".live-responses-table .response-col_description pre");
        String earlier = operation.findElements(answer).stream()
                .findFirst()
                .map(pre -> pre.getDomProperty("textContent"))
                .orElse(null);
        button.click();
        WebElement shown = wait.until(d -> {
            List<WebElement> statuses = operation.findElements(code);
            List<WebElement> bodies = operation.findElements(answer);
            boolean fresh = !statuses.isEmpty()
                    && !bodies.isEmpty()
                    && !bodies.get(0).getDomProperty("textContent").equals(earlier);
            return fresh ? statuses.get(0) : null;
        });
        assertThat(shown.getText().trim()).as("status shown by Swagger UI").isEqualTo(status);
        return json(operation.findElement(answer).getDomProperty("textContent"));
    }

    private void forgetEarlierScreenshots() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        try (Stream<Path> files = Files.list(SCREENSHOTS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(testName + "-"))
                    .toList()) {
                Files.delete(file);
            }
        }
    }

    private void screenshot(String step) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(testName + "-" + step + ".png"), png);
    }

    /** The page as it was when a test or its set-up failed: a screenshot and the HTML. */
    private final class ScreenshotOnFailure
            implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
            keepThePage(failure);
        }

        @Override
        public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure)
                throws Throwable {
            keepThePage(failure);
        }

        private void keepThePage(Throwable failure) throws Throwable {
            if (browser != null) {
                try {
                    screenshot("failure");
                    Files.writeString(
                            SCREENSHOTS.resolve(testName + "-failure.html"),
                            browser.getPageSource(),
                            StandardCharsets.UTF_8);
                } catch (RuntimeException | IOException e) {
                    failure.addSuppressed(e);
                }
            }
            throw failure;
        }
    }
}
