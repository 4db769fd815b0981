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
import java.util.List;
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
