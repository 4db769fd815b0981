package io.quire.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Files an import cannot take, callers who may not import, and one import at a time. */
abstract class ImportProblemsTests extends TransferApiTest {

    private static final String XXE = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>&xxe;</title></channel></rss>
            """;
    private static final String BILLION_LAUGHS = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
             <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
            ]>
            <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>&lol4;</title></channel></rss>
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not XML|this is not XML at all|not-xml",
                "XML that is not WXR|<html><body>hello</body></html>|not-wxr",
                "RSS that is not WXR|<rss version='2.0'><channel><title>x</title></channel></rss>|not-wxr",
                "an empty document type|<?xml version='1.0'?><!DOCTYPE rss><rss/>|dtd-refused"
            })
    void refusesAFileThatIsNotAWordPressExport(String what, String file, String type) {
        expectRefused(file, "wordpress", type);
    }

    @Test
    void refusesExternalEntities() {
        expectRefused(XXE, "wordpress", "dtd-refused");
    }

    @Test
    void refusesEntityExpansion() {
        expectRefused(BILLION_LAUGHS, "wordpress", "dtd-refused");
    }

    @Test
    void refusesAWordPressExportGivenAsAQuireExport() {
        expectRefused(new Wxr("https://" + unique("q") + ".example.org").xml(), "quire", "not-quire-export");
    }

    @Test
    void namesTheMissingOrWrongFields() {
        JsonNode noFormat = body(startImport(adminToken(), "x".getBytes(StandardCharsets.UTF_8), "zip", false)
                .expectStatus()
                .isBadRequest());
        assertThat(noFormat.path("errors").get(0).path("field").asString()).isEqualTo("format");
        JsonNode noFile = body(startImport(adminToken(), null, "wordpress", false)
                .expectStatus()
                .isBadRequest());
        assertThat(noFile.path("errors").get(0).path("field").asString()).isEqualTo("file");
    }

    @Test
    void onlyAdminsImportAndExport() {
        byte[] file = new Wxr("https://" + unique("a") + ".example.org").xml().getBytes(StandardCharsets.UTF_8);
        startImport(null, file, "wordpress", false).expectStatus().isUnauthorized();
        startImport(signedIn("EDITOR"), file, "wordpress", false).expectStatus().isForbidden();
        get("/api/v1/exports", signedIn("EDITOR")).expectStatus().isForbidden();
        get("/api/v1/exports", null).expectStatus().isUnauthorized();
    }

    @Test
    void aQuireExportsWebhooksSeoAndBiosOutsideTheRulesFailAloneAndTheRestIsRestored() {
        String hook = java.util.UUID.randomUUID().toString();
        String now = "2026-11-28T10:15:30Z";
        String file = String.join(
                "\n",
                "{\"type\":\"quire-export\",\"version\":1,\"exportedAt\":\"" + now + "\",\"source\":\"quire\"}",
                "{\"type\":\"user\",\"data\":{\"id\":\"" + java.util.UUID.randomUUID() + "\",\"username\":\""
                        + unique("wordy") + "\",\"displayName\":\"Wordy\",\"roles\":[\"AUTHOR\"],\"enabled\":true,"
                        + "\"createdAt\":\"" + now + "\",\"updatedAt\":\"" + now + "\",\"version\":0,\"bio\":\""
                        + "b".repeat(2001) + "\"}}",
                "{\"type\":\"webhook\",\"data\":{\"id\":\"" + hook + "\",\"url\":\"https://93.184.215.14/"
                        + unique("h") + "\",\"events\":[\"article.published\"],\"createdAt\":\"" + now
                        + "\",\"updatedAt\":\"" + now + "\",\"version\":2}}",
                "{\"type\":\"webhook\",\"data\":{\"id\":\"" + java.util.UUID.randomUUID()
                        + "\",\"url\":\"https://93.184.215.14/x\",\"events\":[\"article.exploded\"],\"createdAt\":\""
                        + now + "\",\"updatedAt\":\"" + now + "\",\"version\":0}}",
                "{\"type\":\"webhook\",\"data\":{\"id\":\"" + java.util.UUID.randomUUID()
                        + "\",\"url\":\"ftp://93.184.215.14/x\",\"events\":[\"article.published\"],\"createdAt\":\""
                        + now + "\",\"updatedAt\":\"" + now + "\",\"version\":0}}",
                "{\"type\":\"end\",\"counts\":{}}",
                "");

        JsonNode done = importAndWait(file, "quire");

        assertThat(done.path("status").asString()).isEqualTo("DONE");
        assertThat(done.path("counts").path("webhooks").asInt()).isEqualTo(1);
        assertThat(done.path("counts").path("users").asInt()).isZero();
        assertThat(done.path("counts").path("failed").asInt()).isEqualTo(3);
        assertThat(done.path("problems").toString())
                .contains("line 2", "bio", "line 4", "article.published", "line 5", "cannot be called");
        JsonNode restored = body(
                get("/api/v1/webhooks/" + hook, adminToken()).expectStatus().isOk());
        assertThat(restored.path("events").get(0).asString()).isEqualTo("article.published");
        assertThat(restored.path("version").asInt()).isEqualTo(2);
        assertThat(restored.has("secret")).isFalse();

        JsonNode again = importAndWait(file, "quire");
        assertThat(again.path("counts").path("webhooks").asInt()).isZero();
        assertThat(again.path("counts").path("unchanged").asInt()).isEqualTo(1);
    }

    @Test
    void aCutShortFileImportsWhatCameBeforeAndSaysWhere() {
        String prefix = unique("cut");
        Wxr wxr = new Wxr("https://" + prefix + ".example.org");
        for (int i = 1; i <= 3; i++) {
            wxr.post(i, "Post " + i + " " + prefix).slug(prefix + "-" + i).add();
        }
        String whole = wxr.xml();
        String cut = whole.substring(0, whole.indexOf("Post 3 " + prefix));

        JsonNode failed = importAndWait(cut, "wordpress");

        assertThat(failed.path("status").asString()).isEqualTo("FAILED");
        assertThat(failed.path("problems").toString()).contains("cut short", "line ");
        assertThat(failed.path("counts").path("articles").asInt()).isEqualTo(2);
        get("/api/v1/articles/slug/" + prefix + "-2", null).expectStatus().isOk();

        JsonNode completed = importAndWait(whole, "wordpress");
        assertThat(completed.path("status").asString()).isEqualTo("DONE");
        assertThat(completed.path("counts").path("articles").asInt()).isEqualTo(1);
        assertThat(completed.path("counts").path("unchanged").asInt()).isEqualTo(2);
    }

    @Test
    void refusesAnUploadOverTheLimitBeforeReadingIt() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/imports HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + adminToken()
                            + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: 2147483648\r\n\r\n"
                            + "--b\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(10_000);
            InputStreamReader in = new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8);
            StringBuilder answer = new StringBuilder();
            for (int c; !answer.toString().contains("body-too-large") && (c = in.read()) >= 0; ) {
                answer.append((char) c);
            }
            assertThat(answer.toString()).startsWith("HTTP/1.1 413").contains("application/problem+json");
        }
    }

    @Test
    void oneImportAtATimeAndALargeFileStreamsThrough() {
        String prefix = unique("big");
        Wxr wxr = new Wxr("https://" + prefix + ".example.org").author(prefix + ".a", "a@example.org", "A");
        for (int i = 1; i <= 5_000; i++) {
            wxr.post(i, "Story " + i + " " + prefix)
                    .slug(prefix + "-" + i)
                    .creator(prefix + ".a")
                    .content("Paragraph one of story " + i + ".\n\nParagraph <em>two</em>.")
                    .term("post_tag", prefix + "-t" + (i % 7), "Topic " + (i % 7) + " " + prefix)
                    .comment(i * 10L, 0, "1", "", "Reader", "Comment on " + i)
                    .add();
        }
        byte[] file = wxr.xml().getBytes(StandardCharsets.UTF_8);
        var started = startImport(adminToken(), file, "wordpress", false)
                .expectStatus()
                .isAccepted();
        String location = started.returnResult(String.class)
                .getResponseHeaders()
                .getLocation()
                .getPath();

        JsonNode refused = body(startImport(adminToken(), file, "wordpress", false)
                .expectStatus()
                .isEqualTo(409));
        assertThat(refused.path("type").asString()).endsWith("import-running");

        JsonNode done = awaitEnd(location);
        assertThat(done.path("status").asString()).isEqualTo("DONE");
        assertThat(done.path("counts").path("articles").asInt()).isEqualTo(5_000);
        assertThat(done.path("counts").path("comments").asInt()).isEqualTo(5_000);
        assertThat(done.path("progress").path("bytesRead").asLong()).isEqualTo(file.length);
        JsonNode tag = body(get("/api/v1/articles?tag=" + prefix + "-t3&size=1", null)
                .expectStatus()
                .isOk());
        assertThat(tag.path("page").path("totalElements").asInt()).isEqualTo(714);
    }

    private void expectRefused(String file, String format, String type) {
        JsonNode problem = body(startImport(adminToken(), file.getBytes(StandardCharsets.UTF_8), format, false)
                .expectStatus()
                .isBadRequest());
        assertThat(problem.path("type").asString()).isEqualTo("urn:quire:problem:" + type);
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("file");
        assertThat(problem.toString()).doesNotContain("Exception", "passwd", "lollol");
    }
}
