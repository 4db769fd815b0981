package io.quire.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.quire.support.ApiTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Uploads and file reads over HTTP for the media tests, and a look at what was stored. */
abstract class MediaHttp extends ApiTest {

    protected final HttpClient files = HttpClient.newHttpClient();

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected MediaDirectories directories;

    protected RestTestClient.ResponseSpec upload(String token, byte[] bytes, String filename, String... text) {
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("file", new ByteArrayResource(bytes) {
                    @Override
                    public String getFilename() {
                        return filename;
                    }
                })
                .contentType(MediaType.APPLICATION_OCTET_STREAM);
        String[] names = {"alt", "caption", "credit"};
        for (int i = 0; i < text.length; i++) {
            if (text[i] != null) {
                form.part(names[i], text[i]);
            }
        }
        var request = http.post().uri("/api/v1/assets").contentType(MediaType.MULTIPART_FORM_DATA);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.body(form.build()).exchange();
    }

    protected JsonNode uploaded(String token, byte[] bytes, String filename, String... text) {
        return body(upload(token, bytes, filename, text).expectStatus().isCreated());
    }

    /** A file URL read without credentials, as a browser would. */
    protected HttpResponse<byte[]> fetch(String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return files.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Every stored file on the disk, and every entry of the work folder. */
    protected List<Path> onDisk() {
        try (Stream<Path> stored = Files.walk(directories.root())) {
            return stored.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static void assertProblem(JsonNode problem, int status, String type, String field) {
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        if (type != null) {
            assertThat(problem.path("type").asString()).isEqualTo(type);
        }
        if (field != null) {
            assertThat(problem.path("errors").findValuesAsString("field")).containsExactly(field);
        }
    }
}
