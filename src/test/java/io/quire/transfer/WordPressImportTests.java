package io.quire.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A WordPress export, written here, imported over HTTP: what maps to what, and a second import changing nothing. */
abstract class WordPressImportTests extends TransferApiTest {

    private final String site = "https://" + unique("news") + ".example.org";
    private final String prefix = unique("wp");
    private final String jane = prefix + ".jane";
    /** WordPress ids of this test's posts: ?p= links are the same on every site, so each test has its own. */
    private final long base = Math.floorMod(System.nanoTime(), 1_000_000_000L) * 100;

    private Wxr newsroom() {
        return new Wxr(site)
                .author(jane, "jane@example.org", "Jane Doe")
                .category(prefix + "-news", "News " + prefix, "")
                .category(prefix + "-local", "Local " + prefix, prefix + "-news")
                .post(base + 101, "Über Straße — 日本語 " + prefix)
                .slug(prefix + "-classic")
                .creator(jane)
                .date("2013-01-10 20:15:01")
                .content("First paragraph with <strong>bold</strong> and a\nline break.\n\n"
                        + "Second [sic] paragraph with <a href=\"https://example.org/x\">a link</a>.\n\n"
                        + "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n\n"
                        + "[caption id=\"attachment_7\" align=\"alignnone\" width=\"300\"]"
                        + "<img src=\"https://example.org/wp-content/uploads/car.jpg\" alt=\"A car\" /> A red car[/caption]"
                        + "\n\n[contact-form-7 id=\"12\" title=\"Contact\"]\n\n<h2>Table</h2>\n"
                        + "<table><tr><td>Year</td><td>Votes</td></tr><tr><td>2013</td><td>31</td></tr></table>")
                .excerpt("The <em>classic</em> one.")
                .term("category", prefix + "-news", "News " + prefix)
                .term("post_tag", prefix + "-tag", "Ünïcode " + prefix)
                .comment(1, 0, "1", "comment", "Grace", "Clear explanation,<br>thank you.")
                .comment(2, 1, "1", "", "Linus", "Per card or per server?")
                .comment(3, 2, "0", "", "Ada", "Per server.")
                .comment(4, 0, "spam", "", "Spammer", "Buy now")
                .comment(5, 0, "trash", "", "Gone", "Trashed")
                .comment(6, 0, "1", "pingback", "Other blog", "Linked here")
                .comment(7, 6, "1", "", "Margaret", "Reply to a pingback")
                .add()
                .post(base + 102, "Block editor " + prefix)
                .slug(prefix + "-block")
                .creator(jane)
                .content("<!-- wp:paragraph -->\n<p>Block <em>paragraph</em></p>\n<!-- /wp:paragraph -->\n\n"
                        + "<!-- wp:heading -->\n<h2>Heading</h2>\n<!-- /wp:heading -->\n\n"
                        + "<!-- wp:quote --><blockquote class=\"wp-block-quote\"><p>Quoted</p></blockquote>"
                        + "<!-- /wp:quote -->\n<!-- wp:code --><pre class=\"wp-block-code\"><code>int x = 1;</code></pre>"
                        + "<!-- /wp:code -->")
                .term("category", prefix + "-local", "Local " + prefix)
                .commentsClosed()
                .add()
                .post(base + 103, "Draft " + prefix)
                .slug(prefix + "-draft")
                .status("draft")
                .creator(jane)
                .add()
                .post(base + 104, "Pending " + prefix)
                .slug(prefix + "-pending")
                .status("pending")
                .add()
                .post(base + 105, "Future " + prefix)
                .slug(prefix + "-future")
                .status("future")
                .date("2099-05-01 08:00:00")
                .add()
                .post(base + 106, "Private " + prefix)
                .slug(prefix + "-private")
                .status("private")
                .add()
                .post(base + 107, "Trashed " + prefix)
                .slug(prefix + "-trashed")
                .status("trash")
                .add()
                .post(base + 108, "About " + prefix)
                .type("page")
                .add()
                .post(base + 109, "Menu " + prefix)
                .type("nav_menu_item")
                .add()
                .post(base + 110, "car.jpg")
                .type("attachment")
                .status("inherit")
                .raw("<wp:attachment_url>https://example.org/wp-content/uploads/car.jpg</wp:attachment_url>")
                .add()
                .post(base + 111, "Locked " + prefix)
                .slug(prefix + "-locked")
                .password("secret")
                .add();
    }

    @Test
    void importsPostsTagsAuthorsAndThreadedComments() {
        JsonNode done = importAndWait(newsroom().xml(), "wordpress");

        assertThat(done.path("status").asString()).isEqualTo("DONE");
        assertThat(done.path("counts").path("articles").asInt()).isEqualTo(7);
        assertThat(done.path("counts").path("users").asInt()).isEqualTo(1);
        assertThat(done.path("counts").path("tags").asInt()).isEqualTo(3);
        // Approved, a reply, a pending reply to it, spam, and the reply to a pingback (moved up to the top).
        assertThat(done.path("counts").path("comments").asInt()).isEqualTo(5);
        // A trashed post, a page, a menu item, an attachment, a trashed comment and a pingback.
        assertThat(done.path("counts").path("skipped").asInt()).isEqualTo(6);
        assertThat(done.path("counts").path("failed").asInt()).isZero();
        assertThat(done.path("progress").path("percent").asInt()).isEqualTo(100);
        assertThat(done.path("problems").toString()).contains("kept at its original URL", "protected by a password");

        JsonNode classic = body(get("/api/v1/articles/slug/" + prefix + "-classic", null)
                .expectStatus()
                .isOk());
        assertThat(classic.path("title").asString()).isEqualTo("Über Straße — 日本語 " + prefix);
        assertThat(classic.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(classic.path("publishedAt").asString()).isEqualTo("2013-01-10T20:15:01Z");
        assertThat(classic.path("summary").asString()).isEqualTo("The classic one.");
        assertThat(classic.path("author").path("username").asString()).isEqualTo(jane);
        assertThat(classic.path("author").path("displayName").asString()).isEqualTo("Jane Doe");
        String markdown = classic.path("body").asString();
        assertThat(markdown)
                .startsWith("First paragraph with **bold** and a  \nline break.\n\nSecond \\[sic\\] paragraph")
                .contains("[a link](https://example.org/x)", "* one\n* two")
                .contains("![A car](https://example.org/wp-content/uploads/car.jpg)", "*A red car*")
                .contains("| Year | Votes |")
                .doesNotContain("[caption", "contact-form-7", "<!--");
        assertThat(classic.path("bodyHtml").asString())
                .contains("<p>First paragraph with <strong>bold</strong> and a<br />", "<table>", "<img src=");
        assertThat(names(classic.path("tags"))).containsExactly("News " + prefix, "Ünïcode " + prefix);
        assertThat(classic.path("commentCount").asInt()).isEqualTo(3);

        JsonNode thread = body(get("/api/v1/articles/" + classic.path("id").asString() + "/comments", null)
                .expectStatus()
                .isOk());
        List<String> shown = new ArrayList<>();
        thread.path("content")
                .forEach(c -> shown.add(
                        c.path("depth").asInt() + ":" + c.path("authorName").asString()));
        assertThat(shown).containsExactly("0:Grace", "1:Linus", "0:Margaret");
        assertThat(thread.path("content").get(0).path("body").asString()).isEqualTo("Clear explanation,\nthank you.");

        JsonNode block = body(get("/api/v1/articles/slug/" + prefix + "-block", null)
                .expectStatus()
                .isOk());
        assertThat(block.path("body").asString())
                .isEqualTo("Block *paragraph*\n\n## Heading\n\n> Quoted\n\n```\nint x = 1;\n```");
        assertThat(block.path("commentsOpen").asBoolean()).isFalse();
        assertThat(block.path("author").path("username").asString()).isEqualTo(jane);

        assertThat(statusOf(prefix + "-draft")).isEqualTo("DRAFT");
        assertThat(statusOf(prefix + "-pending")).isEqualTo("IN_REVIEW");
        assertThat(statusOf(prefix + "-private")).isEqualTo("DRAFT");
        assertThat(statusOf(prefix + "-locked")).isEqualTo("DRAFT");
        JsonNode future = body(get("/api/v1/articles/slug/" + prefix + "-future", adminToken())
                .expectStatus()
                .isOk());
        assertThat(future.path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(future.path("scheduledAt").asString()).isEqualTo("2099-05-01T08:00:00Z");
        get("/api/v1/articles/slug/" + prefix + "-draft", null).expectStatus().isNotFound();
        get("/api/v1/articles/slug/" + prefix + "-trashed", adminToken())
                .expectStatus()
                .isNotFound();

        JsonNode revisions = body(get("/api/v1/articles/" + classic.path("id").asString() + "/revisions", adminToken())
                .expectStatus()
                .isOk());
        assertThat(revisions.path("content")).hasSize(1);
        assertThat(revisions.path("content").get(0).path("editor").asString()).isEqualTo(jane);
    }

    @Test
    void importedAuthorsCannotSignInUntilAnAdminSetsAPassword() {
        importAndWait(newsroom().xml(), "wordpress");
        JsonNode users = body(get("/api/v1/users?size=100&sort=createdAt,desc", adminToken())
                .expectStatus()
                .isOk());
        JsonNode imported = null;
        for (JsonNode user : users.path("content")) {
            if (user.path("username").asString().equals(jane)) {
                imported = user;
            }
        }
        assertThat(imported).isNotNull();
        assertThat(imported.path("enabled").asBoolean()).isFalse();
        assertThat(imported.path("roles").toString()).isEqualTo("[\"AUTHOR\"]");
        http.post()
                .uri("/api/v1/auth/token")
                .header("X-Forwarded-For", clientIp())
                .contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
                .body("grant_type=password&username=" + jane + "&password=" + jane)
                .exchange()
                .expectStatus()
                .is4xxClientError();
    }

    @Test
    void oldPermalinksRedirectToTheArticle() {
        importAndWait(newsroom().xml(), "wordpress");
        for (String old : List.of(
                "/2013/01/10/" + prefix + "-classic/",
                site + "/2013/01/10/" + prefix.toUpperCase() + "-classic",
                "/?p=" + (base + 101))) {
            JsonNode redirect = body(http.get()
                    .uri(uri -> uri.path("/api/v1/redirects")
                            .queryParam("path", old)
                            .build())
                    .exchange()
                    .expectStatus()
                    .isOk());
            assertThat(redirect.path("slug").asString()).isEqualTo(prefix + "-classic");
            assertThat(redirect.path("location").asString()).isEqualTo("/api/v1/articles/slug/" + prefix + "-classic");
        }
        http.get()
                .uri(uri -> uri.path("/api/v1/redirects")
                        .queryParam("path", "/?p=" + (base + 103))
                        .build())
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        String file = newsroom().xml();
        importAndWait(file, "wordpress");
        String etag = get("/api/v1/articles/slug/" + prefix + "-classic", null)
                .expectStatus()
                .isOk()
                .returnResult(String.class)
                .getResponseHeaders()
                .getETag();

        JsonNode again = importAndWait(file, "wordpress");

        assertThat(again.path("status").asString()).isEqualTo("DONE");
        JsonNode counts = again.path("counts");
        assertThat(counts.path("articles").asInt()
                        + counts.path("comments").asInt()
                        + counts.path("users").asInt()
                        + counts.path("tags").asInt())
                .isZero();
        assertThat(counts.path("unchanged").asInt()).isEqualTo(7 + 5 + 1 + 3);
        assertThat(get("/api/v1/articles/slug/" + prefix + "-classic", null)
                        .expectStatus()
                        .isOk()
                        .returnResult(String.class)
                        .getResponseHeaders()
                        .getETag())
                .isEqualTo(etag);
    }

    @Test
    void aDryRunCountsAndWritesNothing() {
        JsonNode dry =
                importAndWait(newsroom().xml().getBytes(java.nio.charset.StandardCharsets.UTF_8), "wordpress", true);
        assertThat(dry.path("dryRun").asBoolean()).isTrue();
        assertThat(dry.path("counts").path("articles").asInt()).isEqualTo(7);
        get("/api/v1/articles/slug/" + prefix + "-classic", adminToken())
                .expectStatus()
                .isNotFound();
    }

    private String statusOf(String slug) {
        return body(get("/api/v1/articles/slug/" + slug, adminToken())
                        .expectStatus()
                        .isOk())
                .path("status")
                .asString();
    }

    private static List<String> names(JsonNode tags) {
        List<String> names = new ArrayList<>();
        tags.forEach(t -> names.add(t.path("name").asString()));
        return names;
    }
}
